import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { minimalPdf } from "../pages/depot-fixtures";
import { EmisesDetailPage } from "../pages/emises-detail";
import { SaisiePage, TROIS_LIGNES, uniqueNumber } from "../pages/saisie-page";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("an invoice keyed in with a PDF attachment: kept in the draft, sent first, shown on the invoice", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const numero = uniqueNumber("PJ-");
  await saisie.goto();
  await saisie.chooseRecipient("SANS CONTRAINTE", "ETABLISSEMENT PUBLIC SANS CONTRAINTE");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.fillLines([TROIS_LIGNES[0]!]);
  await saisie.attach("Ajouter une pièce jointe complémentaire", { name: "bon-livraison.pdf", mimeType: "application/pdf", buffer: minimalPdf() });
  await expect(saisie.attachments().getByRole("listitem").filter({ hasText: "bon-livraison.pdf" })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);

  // The attachment is part of the draft: a reload keeps it.
  await expect(page.getByText(/Brouillon enregistré à \d\d:\d\d/)).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/brouillon=/);
  await page.reload();
  await expect(saisie.attachments().getByRole("listitem").filter({ hasText: "bon-livraison.pdf" })).toBeVisible();

  await saisie.submitButton().click();
  const id = await saisie.expectDeposited();
  expect(await SaisiePage.countInSandbox(numero)).toBe(1);

  const detail = new EmisesDetailPage(page);
  await detail.goto(id);
  await detail.expectInvoice(numero);
  await expect(detail.section("Pièces jointes").getByText(/bon-livraison/)).toBeVisible();
});

test("an attachment can be removed before sending", async ({ page }) => {
  const saisie = new SaisiePage(page);
  await saisie.goto();
  await saisie.attach("Ajouter une pièce jointe complémentaire", { name: "a-retirer.pdf", mimeType: "application/pdf", buffer: minimalPdf() });
  const item = saisie.attachments().getByRole("listitem").filter({ hasText: "a-retirer.pdf" });
  await expect(item).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Retirer a-retirer.pdf" }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByText("Aucune pièce jointe complémentaire.")).toBeVisible();
});

test("a file that lies about its type is refused beside the field, nothing kept", async ({ page }) => {
  const saisie = new SaisiePage(page);
  await saisie.goto();
  await saisie.attach("Pièce jointe principale (PDF de la facture)", { name: "facture.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\u0090\u0000 pas un PDF du tout") });
  await expect(page.getByText(/Le contenu du fichier ne correspond pas à son extension/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Pièce jointe principale (PDF de la facture)", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Fichier reçu")).toHaveCount(0);
  await expectAccessible(page);
});
