import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { acmeInvoicesIn, minimalPdf } from "../pages/depot-fixtures";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("a suspended invoice is completed with an attachment and a comment", async ({ page }) => {
  const suspended = await acmeInvoicesIn("SUSPENDUE");
  // Each run (and retry) takes a different seeded invoice.
  const target = suspended[Math.floor(Math.random() * suspended.length)];
  // The sandbox's deterministic seed has several: none left would be a regression, not a skip.
  expect(target, "a SUSPENDUE invoice of ACME in the sandbox seed").toBeDefined();
  await page.goto(`/factures/emises/${target!.identifiantFactureCPP}`);
  await expect(page.getByRole("heading", { name: "Actions sur la facture" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Pièces jointes").setInputFiles({ name: "justificatif.pdf", mimeType: "application/pdf", buffer: minimalPdf() });
  await expect(page.getByRole("listitem").filter({ hasText: "justificatif.pdf" })).toBeVisible();
  await page.getByLabel("Commentaire").fill("Bon de livraison joint.");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByText("Chorus Pro a pris l'action en compte.")).toBeVisible({ timeout: 30_000 });
});

test("a rejected invoice: the rejection is treated, and a new prefilled invoice is offered", async ({ page }) => {
  const rejected = (await acmeInvoicesIn("REJETEE")).filter((f) => !f.rejetTraite);
  const target = rejected[Math.floor(Math.random() * rejected.length)];
  expect(target, "an untreated REJETEE invoice of ACME in the sandbox seed").toBeDefined();
  await page.goto(`/factures/emises/${target!.identifiantFactureCPP}`);
  await expect(page.getByRole("link", { name: "Émettre une nouvelle facture à partir de celle-ci" })).toHaveAttribute("href", `/factures/emises/nouvelle?depuis=${target!.identifiantFactureCPP}`);
  await page.getByRole("button", { name: "Traiter le rejet" }).click();
  await expect(page.getByText("Chorus Pro a pris l'action en compte.")).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});

test("an action the status does not allow is not offered", async ({ page }) => {
  const [target] = await acmeInvoicesIn("MISE_A_DISPOSITION");
  expect(target, "a MISE_A_DISPOSITION invoice of ACME in the sandbox seed").toBeDefined();
  await page.goto(`/factures/emises/${target!.identifiantFactureCPP}`);
  await expect(page.getByText("Aucune action n'est possible sur cette facture dans son statut actuel.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Traiter le rejet" })).toHaveCount(0);
});
