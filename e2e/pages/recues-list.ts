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
}
