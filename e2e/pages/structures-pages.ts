import { expect, type Page } from "@playwright/test";

/** The "Structures et services" space: fiche, services, search. */
export class StructuresPages {
  constructor(private readonly page: Page) {}

  async gotoFiche() {
    await this.page.goto("/structures");
    await expect(this.page.getByRole("heading", { level: 1, name: "Structures et services" })).toBeVisible();
  }

  async gotoServices(query = "") {
    await this.page.goto(`/structures/services${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Structures et services" })).toBeVisible();
  }

  async gotoSearch() {
    await this.page.goto("/structures/recherche");
    await expect(this.page.getByRole("textbox", { name: "Valeur recherchée" })).toBeVisible();
  }

  async search(by: "Nom" | "SIREN" | "SIRET", value: string) {
    await this.page.getByLabel("Rechercher par").selectOption({ label: by });
    await this.page.getByRole("textbox", { name: "Valeur recherchée" }).fill(value);
    await this.page.getByRole("button", { name: "Rechercher" }).click();
  }

  servicesTable() {
    return this.page.getByRole("region", { name: "Liste des services" }).getByRole("table");
  }

  createForm() {
    return this.page.getByRole("form", { name: "Créer un service" });
  }
}
