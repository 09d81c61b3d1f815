import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { TravauxDownloads } from "../pages/travaux-downloads";

// Billing file 9000004 (sandbox/README.md): one A4 piece by ACME (persona fournisseur, 27000001),
// waiting for MOE 27000003 (persona moe). Downloads only read: the seeded file is not changed.
const PIECE = 9_000_004;
const parties = [
  { persona: "fournisseur", structure: 27_000_001 },
  { persona: "moe", structure: 27_000_003 },
] as const;

for (const { persona, structure } of parties) {
  test.describe(`Factures de travaux — téléchargements (${persona})`, () => {
    test.beforeEach(async ({ loginPage }) => {
      await loginPage.goto();
      await loginPage.signInAs(persona);
    });

    test("télécharge la pièce en PDF et avec ses pièces jointes en ZIP depuis son détail", async ({ page }) => {
      const dl = new TravauxDownloads(page);
      await dl.openPiece(PIECE);
      await expectAccessible(page);
      const pdf = await dl.download(dl.pdfLink(), 5);
      expect(pdf.head).toBe("%PDF-");
      expect(pdf.name).toMatch(/\.pdf$/);
      const zip = await dl.download(dl.zipLink(), 2);
      expect(zip.head).toBe("PK");
      expect(zip.name).toMatch(/\.zip$/);
    });

    test("télécharge depuis la page du dossier de facturation", async ({ page }) => {
      const dl = new TravauxDownloads(page);
      await dl.openDossier(PIECE);
      await expectAccessible(page);
      expect((await dl.download(dl.chainLink("PDF"), 5)).head).toBe("%PDF-");
      expect((await dl.download(dl.chainLink("ZIP"), 2)).head).toBe("PK");
    });

    test("un identifiant forgé, la pièce d'un autre dossier ou une autre structure sont refusés", async ({ page }) => {
      // 9000008 is BATI TRAVAUX's file: the supplier ACME is no party of it (the MOE is).
      const ids = persona === "fournisseur" ? ["999999901", "12abc", "9000008"] : ["999999901", "12abc"];
      for (const id of ids) {
        for (const route of ["telecharger", "telecharger?pj=1&x=", "pieces-jointes"]) {
          const [path, extra] = route.split("?");
          const r = await page.request.get(`/api/factures/travaux/${id}/${path}?structure=${structure}${extra ? `&${extra}` : ""}`);
          expect(r.status(), `${id} ${route}`).toBe(404);
          expect((await r.json()).error.message).toBe("Facture de travaux introuvable pour votre structure.");
        }
      }
      // A structure the person has no rattachement to: refused before Chorus Pro is asked anything.
      const other = await page.request.get(`/api/factures/travaux/${PIECE}/telecharger?structure=26000006`);
      expect(other.status()).toBe(403);
    });
  });
}
