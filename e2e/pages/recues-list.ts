import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

export class RecuesListPage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/factures/recues${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(this.page);
  }

  table() { return this.page.getByRole("table").filter({ has: this.page.getByRole("columnheader", { name: /Fournisseur/ }) }); }
  row(numero: string) { return this.page.getByRole("row").filter({ has: this.page.getByRole("link", { name: numero, exact: true }) }); }
  async select(numero: string) { await this.page.getByRole("checkbox", { name: `Sélectionner la facture ${numero}` }).check(); }
  bulk() { return this.page.getByRole("form", { name: "Traiter la sélection" }); }

  /**
   * Reloads the current list until the invoice's row shows `status` (Chorus Pro moves invoices
   * asynchronously, e.g. to « Mise à disposition du destinataire » after validation).
   */
  async waitForStatus(numero: string, status: string, timeout = 60_000) {
    await expect(async () => {
      await this.page.reload();
      await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(this.row(numero)).toContainText(status, { timeout: 1_000 });
    }).toPass({ timeout, intervals: [500, 1_000, 2_000] });
    await expectAccessible(this.page);
  }

  /** Follows the invoice's link to its detail page. */
  async open(numero: string) { await this.row(numero).getByRole("link", { name: numero, exact: true }).click(); }
}
