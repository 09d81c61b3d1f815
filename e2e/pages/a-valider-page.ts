import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

/** Factures à valider: list, detail and the keyboard review queue. */
export class AValiderPage {
  constructor(private readonly page: Page) {}

  async gotoList(query = "") {
    await this.page.goto(`/factures/a-valider${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Factures à valider" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Returns the document's response, whose status the not-found tests check (404). */
  async gotoDetail(id: number | string) {
    const res = await this.page.goto(`/factures/a-valider/${id}`);
    await expectAccessible(this.page);
    return res;
  }

  async gotoReview() {
    await this.page.goto("/factures/a-valider/revue");
    await expect(this.page.getByRole("heading", { level: 1, name: "Revue des factures à valider" })).toBeVisible();
    await expectAccessible(this.page);
  }

  table() {
    return this.page.getByRole("table");
  }

  invoiceHeading(numero: string, level: 1 | 2 = 1) {
    return this.page.getByRole("heading", { level, name: `Facture ${numero}` });
  }

  notFound() {
    return this.page.getByRole("heading", { level: 1, name: "Facture introuvable" });
  }

  outcome() {
    return this.page.getByTestId("decision-outcome");
  }

  /** Moves in the review queue with J (then K) until `numero` is the current invoice. */
  async reviewTo(numero: string) {
    for (const key of ["j", "k"]) {
      for (let i = 0; i < 150; i++) {
        if (await this.invoiceHeading(numero, 2).isVisible()) return;
        const before = await this.page.getByTestId("review-position").textContent();
        await this.page.keyboard.press(key);
        await expect(this.page.getByTestId("review-position")).not.toHaveText(before ?? "", { timeout: 1_000 }).catch(() => undefined);
        if ((await this.page.getByTestId("review-position").textContent()) === before) break;
      }
    }
    throw new Error(`invoice ${numero} not found in the review queue`);
  }
}
