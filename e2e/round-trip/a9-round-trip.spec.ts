// The full round trip across spaces: a supplier keys in an A9 invoice in the portal, the validator
// (titulaire 27000004) validates it in the portal, the recipient (commune 26000001) sets it « mise
// en paiement », and the supplier sees the new status in its own space.
// The recipient step goes through the sandbox API with the commune's technical account: the
// Factures reçues UI is built concurrently and was not there when this spec was written.
import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AValiderPage } from "../pages/a-valider-page";
import { COMMUNE, TITULAIRE, sandboxCall, siretOf, uniqueNumber } from "../pages/a-valider-seed";
import { SaisiePage } from "../pages/saisie-page";

test("supplier submits an A9, the validator validates, the recipient pays, the supplier sees it", async ({ page, loginPage, shell }) => {
  test.setTimeout(180_000);
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
  await shell.signOut();

  // 2. The validator finds it in its list and validates it.
  await loginPage.goto();
  await loginPage.signInAs("valideur");
  const av = new AValiderPage(page);
  await av.gotoList(`?numero=${numero}`);
  await av.table().getByRole("link", { name: numero }).click();
  await expect(av.invoiceHeading(numero)).toBeVisible();
  await page.getByRole("button", { name: "Valider la facture" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Valider", exact: true }).click();
  await expect(av.outcome()).toContainText("Facture validée", { timeout: 30_000 });
  await shell.signOut();

  // 3. The recipient sets « mise en paiement » once the platform made it available.
  await expect(async () => {
    await sandboxCall("/cpro/factures/v1/traiter/recue", COMMUNE, { idFacture: id, nouveauStatut: "MISE_EN_PAIEMENT" });
  }).toPass({ timeout: 30_000 });

  // 4. The supplier sees the new status in its own space.
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  await page.goto(`/factures/emises/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Facture ${numero}` })).toBeVisible();
  await expect(page.getByText("Mise en paiement").first()).toBeVisible();
  await expectAccessible(page);
  const history = page.getByRole("list", { name: "Historique" });
  await expect(history).toContainText("Validée (1er valideur)");
});
