import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

export const SPACE_LINKS = {
  emises: "Factures émises",
  travaux: "Factures de travaux",
  recues: "Factures reçues",
  "a-valider": "Factures à valider",
  structures: "Structures et services",
  admin: "Administration",
} as const;
export type SpaceKey = keyof typeof SPACE_LINKS;
export const SPACE_URLS: Record<SpaceKey, string> = {
  emises: "/factures/emises",
  travaux: "/factures/travaux",
  recues: "/factures/recues",
  "a-valider": "/factures/a-valider",
  structures: "/structures",
  admin: "/admin",
};

export class Shell {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByRole("navigation", { name: "Navigation principale" });
  }

  async visibleSpaces(): Promise<SpaceKey[]> {
    const names = await this.nav().getByRole("link").allTextContents();
    return (Object.keys(SPACE_LINKS) as SpaceKey[]).filter((k) => names.includes(SPACE_LINKS[k]));
  }

  async open(space: SpaceKey) {
    await this.nav().getByRole("link", { name: SPACE_LINKS[space] }).click();
    await expect(this.page).toHaveURL(new RegExp(`${SPACE_URLS[space]}$`));
    await expect(this.page.getByRole("heading", { level: 1, name: SPACE_LINKS[space] })).toBeVisible();
    await expectAccessible(this.page);
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(this.page).toHaveURL(/\/login/);
  }
}
