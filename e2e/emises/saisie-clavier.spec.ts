import { test, expect } from "../fixtures";
import type { Locator } from "@playwright/test";
import { SaisiePage, labelled, uniqueNumber } from "../pages/saisie-page";

// The whole form with the keyboard only: Tab to move, type, Enter on buttons, arrows in selects.
test("keys in and sends an invoice with the keyboard only", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const saisie = new SaisiePage(page);
  await saisie.goto();
  const kb = page.keyboard;
  await page.getByLabel("SIRET ou nom du destinataire").focus();
  await kb.type("SANS CONTRAINTE");
  await kb.press("Enter");
  const choose = page.getByRole("button", { name: "Choisir : ETABLISSEMENT PUBLIC SANS CONTRAINTE" });
  await expect(choose).toBeVisible();
  // Tab until the « Choisir » button has the focus, then Enter.
  for (let i = 0; i < 10 && !(await choose.evaluate((el) => el === document.activeElement)); i++) await kb.press("Tab");
  await expect(choose).toBeFocused();
  await kb.press("Enter");
  await expect(page.getByText("Destinataire choisi")).toBeVisible();

  const tabTo = async (label: string, scope: Pick<Locator, "getByLabel"> = page) => {
    const target = scope.getByLabel(labelled(label));
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await kb.press("Tab");
    await expect(target).toBeFocused();
  };
  await tabTo("Numéro de facture");
  const numero = uniqueNumber("KB-");
  await kb.type(numero);
  const line = saisie.line(1);
  await tabTo("Désignation", line);
  await kb.type("Audit clavier");
  await tabTo("Prix unitaire HT", line);
  await kb.type("100");
  await expect(page.getByTestId("totaux")).toContainText("120,00");
  const submit = saisie.submitButton();
  for (let i = 0; i < 40 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await kb.press("Tab");
  await expect(submit).toBeFocused();
  await kb.press("Enter");
  await saisie.expectDeposited();
  expect(await SaisiePage.countInSandbox(numero)).toBe(1);
});
