import { test, expect } from "../fixtures";
import { EmisesDetailPage } from "../pages/emises-detail";
import { EmisesListPage } from "../pages/emises-list";
import { BATI, rejectInvoice, submitInvoice, uniqueNumber } from "../pages/emises-seed";

test.describe("Factures émises — détail", () => {
  test.beforeEach(async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInAs("fournisseur");
  });

  test("ouvre le détail depuis la liste : parties, lignes, TVA, montants et historique", async ({ page }) => {
    const numero = uniqueNumber("DET");
    const id = await submitInvoice({ numero, ht: 250 });
    await rejectInvoice(id, "Bon de commande absent");
    const list = new EmisesListPage(page);
    await list.goto(`?numero=${numero}`);
    await list.rows().first().getByRole("link", { name: numero }).click();
    const detail = new EmisesDetailPage(page);
    await detail.expectInvoice(numero);
    await expect(page).toHaveURL(new RegExp(`/factures/emises/${id}`));
    await expect(page.getByText("ACME FOURNITURES SAS").first()).toBeVisible();
    await expect(page.getByText("ETABLISSEMENT PUBLIC SANS CONTRAINTE").first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "Prestation de test" })).toBeVisible();
    await expect(page.getByText("300,00 €").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Récapitulatif de TVA" })).toBeVisible();
    const items = detail.timeline().getByRole("listitem");
    await expect(items.first()).toContainText("Rejetée");
    await expect(items.first()).toContainText("Bon de commande absent");
    await expect(detail.timeline()).toContainText("Mise à disposition du destinataire");
    const texts = await items.allTextContents();
    const rejected = texts.findIndex((x) => x.includes("Rejetée"));
    const deposited = texts.findIndex((x) => x.includes("Déposée"));
    expect(rejected).toBeGreaterThanOrEqual(0);
    expect(deposited).toBeGreaterThan(rejected);
    await expect(items.first().locator("time")).toHaveText(/^\d{2}\/\d{2}\/\d{4}/);
  });

  test("la facture d'un autre fournisseur est introuvable, page et téléchargement", async ({ page }) => {
    const foreign = await submitInvoice({ numero: uniqueNumber("OTHER"), supplier: BATI });
    const detail = new EmisesDetailPage(page);
    const res = await detail.goto(foreign);
    expect(res?.status()).toBe(404);
    await expect(detail.notFound()).toBeVisible();
    await expect(page.getByText("BATI TRAVAUX")).toHaveCount(0);

    const dl = await page.request.get(`/api/factures/emises/${foreign}/telecharger?structure=27000001`);
    expect(dl.status()).toBe(404);
    expect((await dl.json()).error.message).toContain("introuvable");
    const forged = await page.request.get(`/api/factures/emises/${foreign}/telecharger?structure=${BATI}`);
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error.message).toContain("droits");
  });

  test("un identifiant qui n'en est pas un est introuvable", async ({ page }) => {
    const detail = new EmisesDetailPage(page);
    expect((await detail.goto("abc"))?.status()).toBe(404);
    await expect(detail.notFound()).toBeVisible();
    expect((await detail.goto(999_999_999))?.status()).toBe(404);
    await expect(detail.notFound()).toBeVisible();
  });
});
