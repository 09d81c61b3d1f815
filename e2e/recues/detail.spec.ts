import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { RecuesDetailPage } from "../pages/recues-detail";
import { receiveInvoice, SANS_CONTRAINTE, uniqueNumber } from "../pages/recues-seed";

test.describe("Factures reçues — détail", () => {
  test.beforeEach(async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInAs("gestionnaire");
  });

  test("parties, montants, historique et délai de paiement", async ({ page }) => {
    const numero = uniqueNumber("DT");
    const id = await receiveInvoice({ numero });
    const detail = new RecuesDetailPage(page);
    await detail.goto(id);
    await expect(page.getByRole("heading", { level: 1, name: `Facture ${numero}` })).toBeVisible();
    await expect(page.getByText(/0 jour\(s\) écoulé\(s\) sur \d+/)).toBeVisible();
    await expect(page.getByText(/Dans le délai : \d+ jour\(s\) restant\(s\)/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Historique" })).toBeVisible();
    await expect(page.getByText("Prestation de test")).toBeVisible();
  });

  test("l'identifiant d'une facture d'une autre structure donne « introuvable »", async ({ page }) => {
    const foreign = await receiveInvoice({ numero: uniqueNumber("FX"), recipient: SANS_CONTRAINTE });
    // No loading boundary above the detail: the status says it too, not only the page.
    const res = await page.goto(`/factures/recues/${foreign}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Facture introuvable" })).toBeVisible();
    await expectAccessible(page);
    const api = await page.request.get(`/api/factures/recues/${foreign}/telecharger?structure=26000001`);
    expect(api.status()).toBe(404);
    expect((await api.json()).error.message).toBe("Facture introuvable pour votre structure.");
  });
});
