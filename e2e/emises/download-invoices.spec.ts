import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { test, expect } from "../fixtures";
import { EmisesDetailPage } from "../pages/emises-detail";
import { EmisesListPage } from "../pages/emises-list";
import { submitInvoice, uniqueNumber } from "../pages/emises-seed";

const bytesOf = async (path: string | null) => new Uint8Array(await readFile(path!));
const head = (b: Uint8Array, n = 4) => Buffer.from(b.subarray(0, n)).toString("latin1");

test.describe("Factures émises — téléchargements", () => {
  test.beforeEach(async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInAs("fournisseur");
  });

  test("télécharge une facture en PDF et avec ses pièces jointes en ZIP", async ({ page }) => {
    const numero = uniqueNumber("DL");
    const id = await submitInvoice({ numero });
    const detail = new EmisesDetailPage(page);
    await detail.goto(id);
    await detail.expectInvoice(numero);
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger la facture (PDF)" }).click()]);
    expect(pdf.suggestedFilename()).toBe(`${numero}.pdf`);
    expect(head(await bytesOf(await pdf.path()), 5)).toBe("%PDF-");
    const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger avec les pièces jointes (ZIP)" }).click()]);
    expect(head(await bytesOf(await zip.path()), 2)).toBe("PK");
  });

  test("une sélection de plus de 50 factures : plusieurs appels, progression, une seule archive", async ({ page }) => {
    // The second call waits until the progress between the two calls has been seen: no timing.
    let release = () => {};
    const secondMayGo = new Promise<void>((resolve) => { release = resolve; });
    let calls = 0;
    await page.route("**/api/factures/emises/telecharger?**", async (route) => {
      calls += 1;
      if (calls === 2) await secondMayGo;
      await route.continue();
    });
    const list = new EmisesListPage(page);
    await list.goto("?taille=100");
    const rows = await list.rows().count();
    expect(rows).toBeGreaterThan(50);
    await page.getByRole("checkbox", { name: "Sélectionner toutes les factures de la page" }).check();
    await expect(page.getByText(`${rows} facture(s) sélectionnée(s)`)).toBeVisible();
    const downloading = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByRole("button", { name: "Télécharger la sélection" }).click();
    await expect(page.getByRole("progressbar", { name: "Téléchargement de la sélection" })).toBeVisible();
    await expect(page.getByText(/Lot 1 sur 2/)).toBeVisible();
    release();
    const archive = await downloading;
    const files = unzipSync(await bytesOf(await archive.path()));
    const pdfs = Object.entries(files).filter(([name]) => name.endsWith(".pdf"));
    expect(pdfs).toHaveLength(rows);
    for (const [, data] of pdfs.slice(0, 5)) expect(head(data, 5)).toBe("%PDF-");
    await expect(page.getByText(`Archive prête : ${rows} fichier(s).`)).toBeVisible();
  });

  test("le service de téléchargement vérifie session, droits et nombre d'identifiants", async ({ page, browser }) => {
    const ids = Array.from({ length: 51 }, (_, i) => `id=${9000001 + i}`).join("&");
    const tooMany = await page.request.get(`/api/factures/emises/telecharger?structure=27000001&${ids}`);
    expect(tooMany.status()).toBe(400);
    expect((await tooMany.json()).error.message).toContain("50 factures au plus");
    const none = await page.request.get("/api/factures/emises/telecharger?structure=27000001&id=abc");
    expect(none.status()).toBe(400);
    const forged = await page.request.get("/api/factures/emises/telecharger?structure=26000001&id=9000001");
    expect(forged.status()).toBe(403);
    const anonymous = await browser.newContext();
    const anon = await anonymous.request.get(`${test.info().project.use.baseURL}/api/factures/emises/telecharger?structure=27000001&id=9000001`, { maxRedirects: 0 });
    expect(anon.status()).toBe(401);
    await anonymous.close();
  });
});
