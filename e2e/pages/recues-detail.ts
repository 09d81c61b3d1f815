import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

export class RecuesDetailPage {
  constructor(private readonly page: Page) {}

  async goto(id: number) {
    await this.page.goto(`/factures/recues/${id}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(this.page);
  }

  form() { return this.page.getByRole("form", { name: "Traiter" }); }
  async choose(label: string) { await this.form().getByLabel("Action").selectOption({ label }); }
  async apply() { await this.form().getByRole("button", { name: "Appliquer" }).click(); }
}
