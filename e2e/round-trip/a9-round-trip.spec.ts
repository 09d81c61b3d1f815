// The full round trip across spaces, every step in the portal: a supplier keys in an A9 invoice,
// the validator (titulaire 27000004) validates it, the recipient (gestionnaire of the commune
// 26000001, the invoice's destinataire) sets it « mise en paiement » in Factures reçues, and the
// supplier sees the new status in its own space.
import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AValiderPage } from "../pages/a-valider-page";
import { COMMUNE, TITULAIRE, siretOf, uniqueNumber } from "../pages/a-valider-seed";
import { EmisesDetailPage } from "../pages/emises-detail";
import { RecuesDetailPage } from "../pages/recues-detail";
import { RecuesListPage } from "../pages/recues-list";
import { SaisiePage } from "../pages/saisie-page";

test("supplier submits an A9, the validator validates, the recipient pays, the supplier sees it", async ({ page, loginPage, shell }) => {
  test.setTimeout(240_000);
  const numero = uniqueNumber("RT");

  // 1. The supplier keys in the invoice (cadre A9, validator = the titulaire's SIRET).
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const saisie = new SaisiePage(page);
  await saisie.goto();
  await saisie.chooseRecipient(await siretOf(COMMUNE), "COMMUNE DE SABLE-SUR-MER");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.field("Cadre de facturation").selectOption("A9_FACTURE_SOUSTRAITANT");
  await saisie.field("SIRET de la structure valideuse").fill(await siretOf(TITULAIRE));
  await saisie.field("Service exécutant").selectOption("FACTURES_PUBLIQUES");
  await saisie.fillLines([{ denomination: "Lot électricité — situation 1", quantite: "1", prix: "1000", taux: "TVA20" }]);
  await saisie.submitButton().click();
  const id = await saisie.expectDeposited();
  await expectAccessible(page);
  await shell.signOut();

  // 2. The validator finds it in its list and validates it.
  await loginPage.goto();
  await loginPage.signInAs("valideur");
  const av = new AValiderPage(page);
  await av.gotoList(`?numero=${numero}`);
  await av.table().getByRole("link", { name: numero }).click();
  await expect(av.invoiceHeading(numero)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Valider la facture" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Valider", exact: true }).click();
  await expect(av.outcome()).toContainText("Facture validée", { timeout: 30_000 });
  await expectAccessible(page);
  await shell.signOut();

  // 3. The recipient (gestionnaire@sandbox.test: gestionnaire of the commune only) waits in
  //    Factures reçues until the platform made the invoice available, opens it and sets
  //    « Mise en paiement ».
  await loginPage.goto();
  await loginPage.signInAs("gestionnaire");
  const recues = new RecuesListPage(page);
  await recues.goto(`?numero=${numero}`);
  await recues.waitForStatus(numero, "Mise à disposition du destinataire");
  await recues.open(numero);
  const detail = new RecuesDetailPage(page);
  await detail.expectInvoice(numero);
  expect(page.url()).toContain(`/factures/recues/${id}`);
  await expect(detail.status("Mise à disposition du destinataire")).toBeVisible();
  await detail.choose("Mise en paiement");
  await detail.apply();
  // The outcome of the queued write, as the outbox reports it on screen.
  await expect(detail.form().getByText("1 faite(s), 0 en attente, 0 en échec.")).toBeVisible({ timeout: 45_000 });
  await expect(detail.results().getByRole("row").filter({ hasText: numero })).toContainText("Fait");
  // The page refreshes with the new status.
  await expect(detail.status("Mise en paiement")).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  await shell.signOut();

  // 4. The supplier sees the new status in its own space.
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const emise = new EmisesDetailPage(page);
  await emise.goto(id);
  await emise.expectInvoice(numero);
  await expect(page.getByRole("heading", { level: 1 }).locator("..").getByText("Mise en paiement", { exact: true })).toBeVisible();
  const history = emise.timeline();
  await expect(history).toContainText("Validée (1er valideur)");
  await expect(history).toContainText("Mise en paiement");
});
