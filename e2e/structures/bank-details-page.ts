import { readFile } from "node:fs/promises";
import { expect, type Download, type Page } from "@playwright/test";

/** The bank details and attachments of the structure's fiche (/structures). */
export class BankDetailsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/structures");
    await expect(this.page.getByRole("heading", { level: 1, name: "Structures et services" })).toBeVisible();
    await expect(this.page.getByRole("heading", { level: 2, name: "Coordonnées bancaires" })).toBeVisible();
  }

  /** The list of accounts, once streamed in. */
  accounts() {
    return this.page.getByRole("list", { name: "Comptes bancaires de la structure" });
  }

  account(name: string) {
    return this.page.getByRole("region", { name });
  }

  async download(linkName: string): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: linkName }).click()]);
    const path = await download.path();
    return { download, bytes: await readFile(path) };
  }
}
