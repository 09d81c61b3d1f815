import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

export class RecuesDetailPage {
  constructor(private readonly page: Page) {}

  async goto(id: number) {
    await this.page.goto(`/factures/recues/${id}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** After following a link from the list: the invoice's page is there and accessible. */
  async expectInvoice(numero: string) {
    await expect(this.heading(numero)).toBeVisible();
    await expectAccessible(this.page);
  }

  heading(numero: string) { return this.page.getByRole("heading", { level: 1, name: `Facture ${numero}` }); }
  /** The current status shown under the title (not the history, not the action list). */
  status(label: string) { return this.page.getByRole("heading", { level: 1 }).locator("..").getByText(label, { exact: true }); }

  form() { return this.page.getByRole("form", { name: "Traiter" }); }
  async choose(label: string) { await this.form().getByLabel("Action").selectOption({ label }); }
  async apply() { await this.form().getByRole("button", { name: "Appliquer" }).click(); }
  /** The per-invoice result table of the last action (filled in as the outbox answers). */
  results() { return this.form().getByRole("table", { name: "Résultat par facture" }); }
}
