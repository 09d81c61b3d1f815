import { readFile } from "node:fs/promises";
import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** Downloads of works pieces: from the piece's detail page and from its billing file's page. */
export class TravauxDownloads {
  constructor(private readonly page: Page) {}

  async openPiece(id: number) {
    await this.page.goto(`/factures/travaux/${id}`);
    await expect(this.page.getByRole("heading", { level: 1, name: /Pièce de travaux n°/ })).toBeVisible();
  }

  async openDossier(id: number) {
    await this.page.goto(`/factures/travaux/dossiers/${id}`);
    await expect(this.page.getByRole("heading", { level: 1, name: `Dossier de facturation n° ${id}` })).toBeVisible();
  }

  pdfLink(): Locator {
    return this.page.getByRole("link", { name: "Télécharger la facture (PDF)", exact: true });
  }

  zipLink(): Locator {
    return this.page.getByRole("link", { name: "Télécharger avec les pièces jointes (ZIP)", exact: true });
  }

  /** A piece's links in the billing file's chain (their names end with the piece's number). */
  chainLink(kind: "PDF" | "ZIP"): Locator {
    return this.page.getByRole("list", { name: "Pièces du dossier" }).getByRole("link", { name: kind === "PDF" ? /^Télécharger la facture \(PDF\) : / : /^Télécharger avec les pièces jointes \(ZIP\) : / }).first();
  }

  /** Clicks a download link and answers the file's first bytes (latin1) and its suggested name. */
  async download(link: Locator, n: number): Promise<{ head: string; name: string }> {
    const [d]: [Download, void] = await Promise.all([this.page.waitForEvent("download"), link.click()]);
    const bytes = await readFile((await d.path())!);
    return { head: bytes.subarray(0, n).toString("latin1"), name: d.suggestedFilename() };
  }
}
