import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

export class DepotPage {
  constructor(private readonly page: Page) {}

  async gotoFlux() {
    await this.page.goto("/factures/emises/deposer/flux");
    await expect(this.page.getByRole("heading", { level: 1, name: "Déposer un flux structuré" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async gotoPdf() {
    await this.page.goto("/factures/emises/deposer/pdf");
    await expect(this.page.getByRole("heading", { level: 1, name: "Déposer une facture PDF" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async choose(name: string, buffer: Buffer, mimeType = "application/octet-stream") {
    await this.page.getByLabel("Fichier", { exact: true }).setInputFiles({ name, mimeType, buffer });
  }

  fileError() {
    return this.page.locator("p[role=alert]");
  }

  received() {
    return this.page.getByText(/^Fichier reçu :/);
  }
}
