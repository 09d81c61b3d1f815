import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { SaisiePage, TROIS_LIGNES, uniqueNumber } from "../pages/saisie-page";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("keys in a 3-line mixed-VAT invoice to the commune: service required, then deposited", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const numero = uniqueNumber("E2E-");
  await saisie.goto();
  const siret = await SaisiePage.siretOf(26000001);
  await saisie.chooseRecipient(siret, "COMMUNE DE SABLE-SUR-MER");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.fillLines(TROIS_LIGNES);
  const totaux = page.getByTestId("totaux");
  await expect(totaux).toContainText("101,40");
  await expect(totaux).toContainText("13,49");
  await expect(totaux).toContainText("114,89");
  await expect(page.getByRole("table", { name: "Récapitulatif de TVA" }).getByRole("row")).toHaveCount(4);

  await saisie.submitButton().click();
  const service = saisie.field("Service exécutant");
  await expect(service).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Ce destinataire exige un code service/)).toBeVisible();
  await expectAccessible(page);

  await service.selectOption("FACTURES_PUBLIQUES");
  await expect(page.getByText(/Ce destinataire exige un code service/)).toHaveCount(0);
  await saisie.submitButton().click();
  const id = await saisie.expectDeposited();
  expect(id).toBeGreaterThan(0);
  expect(await SaisiePage.countInSandbox(numero)).toBe(1);
  await expectAccessible(page);
});

test("the draft survives a reload", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const numero = uniqueNumber("BR-");
  await saisie.goto();
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.line(1).getByLabel("Désignation").fill("Prestation conservée");
  // Leaving the field saves at once (typing saves after a pause).
  await page.keyboard.press("Tab");
  await expect(page.getByText("Enregistrement du brouillon…")).toHaveCount(0);
  await expect(page.getByText(/Brouillon enregistré à \d\d:\d\d/)).toBeVisible();
  await expect(page).toHaveURL(/brouillon=/);
  await page.reload();
  await expect(saisie.field("Numéro de facture")).toHaveValue(numero);
  await expect(saisie.line(1).getByLabel("Désignation")).toHaveValue("Prestation conservée");
  await expect(page.getByRole("region", { name: "Mes brouillons" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Mes brouillons" }) })).getByText(numero)).toBeVisible();
  await expectAccessible(page);
});

test("a double submit creates one invoice", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const numero = uniqueNumber("DBL-");
  await saisie.goto();
  await saisie.chooseRecipient("SANS CONTRAINTE", "ETABLISSEMENT PUBLIC SANS CONTRAINTE");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.fillLines([TROIS_LIGNES[0]!]);
  await saisie.submitButton().dblclick();
  await saisie.expectDeposited();
  expect(await SaisiePage.countInSandbox(numero)).toBe(1);
});

test("an A2 invoice with an amount still due is refused", async ({ page }) => {
  const saisie = new SaisiePage(page);
  await saisie.goto();
  await saisie.chooseRecipient("SANS CONTRAINTE", "ETABLISSEMENT PUBLIC SANS CONTRAINTE");
  await saisie.field("Numéro de facture").fill(uniqueNumber("A2-"));
  await saisie.field("Cadre de facturation").selectOption("A2_FACTURE_FOURNISSEUR_DEJA_PAYEE");
  await saisie.fillLines([TROIS_LIGNES[0]!]);
  await saisie.submitButton().click();
  await expect(page.getByText(/montant à payer de 0/)).toBeVisible();
  await expect(page.getByText("Facture déposée dans Chorus Pro")).toHaveCount(0);
  // Fully paid: accepted.
  await saisie.field("Montant déjà payé (TTC)").fill("59,88");
  await expect(page.getByText(/montant à payer de 0/)).toHaveCount(0);
});

test("a credit note without its original invoice is refused", async ({ page }) => {
  const saisie = new SaisiePage(page);
  await saisie.goto();
  await saisie.chooseRecipient("SANS CONTRAINTE", "ETABLISSEMENT PUBLIC SANS CONTRAINTE");
  await saisie.field("Numéro de facture").fill(uniqueNumber("AV-"));
  await saisie.field("Type de document").selectOption("AVOIR");
  await saisie.fillLines([TROIS_LIGNES[2]!]);
  await saisie.submitButton().click();
  const origine = saisie.field("Numéro de la facture d'origine");
  await expect(origine).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Un avoir doit indiquer le numéro de la facture qu'il corrige.")).toBeVisible();
  await expectAccessible(page);
});
