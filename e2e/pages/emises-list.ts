import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

/** The supplier's invoice list (Factures émises). */
export class EmisesListPage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/factures/emises${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Factures émises" })).toBeVisible();
    await expectAccessible(this.page);
  }

  search() {
    return this.page.getByRole("search", { name: "Rechercher des factures" });
  }

  async filterByNumber(numero: string) {
    await this.search().getByLabel("Numéro de facture").fill(numero);
  }

  async tickStatuses(labels: string[]) {
    const box = this.search().locator("details").filter({ hasText: "Statuts" }).first();
    if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator("summary").click();
    for (const l of labels) await this.search().getByRole("checkbox", { name: l, exact: true }).check();
  }

  async submit() {
    await this.search().getByRole("button", { name: "Rechercher" }).click();
    await this.page.waitForLoadState("domcontentloaded");
    await expect(this.page.getByRole("heading", { level: 1, name: "Factures émises" })).toBeVisible();
  }

  table() {
    return this.page.getByRole("table");
  }

  rows() {
    return this.table().locator("tbody tr");
  }

  statusBadges() {
    return this.table().locator("tbody [data-statut]");
  }

  emptyState() {
    return this.page.getByRole("heading", { name: "Aucune facture ne correspond à ces critères" });
  }

  async sortBy(column: string) {
    await this.table().getByRole("columnheader", { name: column }).getByRole("link").click();
  }

  pagination() {
    return this.page.getByRole("navigation", { name: "Pages de résultats" });
  }
}
