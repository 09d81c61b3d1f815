import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { siretOf, TITULAIRE } from "../pages/a-valider-seed";
import { EmisesDetailPage } from "../pages/emises-detail";
import { labelled, uniqueNumber } from "../pages/saisie-page";
import { refusedForWrongValidator, statusOf } from "../pages/saisie-seed";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("an A9 invoice refused for a wrong validator: the supplier corrects the validator", async ({ page }) => {
  const numero = uniqueNumber("VAL-");
  const id = await refusedForWrongValidator(numero);
  expect(await statusOf(id)).toBe("ERREUR_FOURNISSEUR_SUR_VALIDEUR");

  const detail = new EmisesDetailPage(page);
  await detail.goto(id);
  await detail.expectInvoice(numero);
  await expect(page.getByText("Erreur de valideur signalée").first()).toBeVisible();
  const button = page.getByRole("button", { name: "Corriger le valideur" });
  await expect(button).toBeVisible();

  // A wrong SIRET is refused beside the field, nothing sent.
  await page.getByLabel(labelled("SIRET du valideur")).fill("12345678901234");
  await button.click();
  await expect(page.getByText(/clé de contrôle juste/).first()).toBeVisible();
  expect(await statusOf(id)).toBe("ERREUR_FOURNISSEUR_SUR_VALIDEUR");

  await page.getByLabel(labelled("SIRET du valideur")).fill(await siretOf(TITULAIRE));
  const queued = page.getByText("En attente d'envoi").waitFor();
  await button.click();
  await queued;
  // The outcome: the page refreshes with the new status (the form leaves with the action it offered).
  await expect(button).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText("À valider (1er valideur)").first()).toBeVisible();
  await expect(page.getByText(/Valideur corrigé/).first()).toBeVisible();
  expect(await statusOf(id)).toBe("A_VALIDER_1");
  await expectAccessible(page);
});
