import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { SaisiePage, uniqueNumber } from "../pages/saisie-page";
import { rejectedAcmeInvoice } from "../pages/saisie-seed";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("a rejected invoice is reissued: prefilled form, new number, deposited", async ({ page }) => {
  const origine = uniqueNumber("REJ-");
  const id = await rejectedAcmeInvoice(origine);
  const saisie = new SaisiePage(page);
  await saisie.goto(`?depuis=${id}`);

  await expect(page.getByText(`Nouvelle facture préremplie à partir de la facture ${origine}`)).toBeVisible();
  await expect(page.getByText("Destinataire choisi : ETABLISSEMENT PUBLIC SANS CONTRAINTE")).toBeVisible();
  await expect(saisie.line(1).getByLabel("Désignation")).toHaveValue("Prestation de test");
  await expect(saisie.line(1).getByLabel("Prix unitaire HT")).toHaveValue(/^250([.,]0+)?$/);
  await expect(saisie.field("Numéro de facture")).toHaveValue("");
  await expect(page.getByTestId("totaux")).toContainText("300,00");

  const numero = uniqueNumber("NEW-");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.submitButton().click();
  const nouvelle = await saisie.expectDeposited();
  expect(nouvelle).not.toBe(id);
  expect(await SaisiePage.countInSandbox(numero)).toBe(1);
  await expectAccessible(page);
});

test("an unknown or foreign invoice id prefills nothing and says why", async ({ page }) => {
  const saisie = new SaisiePage(page);
  await saisie.goto("?depuis=999999999");
  await expect(saisie.field("Numéro de facture")).toHaveValue("");
  await expect(page.getByText("Destinataire choisi")).toHaveCount(0);
  // The page says why in French (Chorus Pro does not know the invoice, or it is not this supplier's).
  await expect(page.getByText(/Nouvelle facture préremplie/)).toHaveCount(0);
});
