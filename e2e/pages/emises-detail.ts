import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

/** One sent invoice (Factures émises › détail). */
export class EmisesDetailPage {
  constructor(private readonly page: Page) {}

  /** Returns the document's response, whose status the not-found tests check (404). */
  async goto(id: number | string, query = "") {
    const res = await this.page.goto(`/factures/emises/${id}${query}`);
    await expectAccessible(this.page);
    return res;
  }

  async expectInvoice(numero: string) {
    await expect(this.page.getByRole("heading", { level: 1, name: `Facture ${numero}` })).toBeVisible();
  }

  timeline() {
    return this.page.getByRole("list", { name: "Historique" });
  }

  section(name: string) {
    return this.page.getByRole("heading", { level: 2, name }).locator("xpath=ancestor::div[contains(@class,'rounded-lg')][1]");
  }

  notFound() {
    return this.page.getByRole("heading", { level: 1, name: "Facture introuvable" });
  }
}
