import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

export const PERSONAS = ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin", "multi"] as const;
export type Persona = (typeof PERSONAS)[number];

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(path = "/login") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { level: 1, name: /Connexion|Sign in/ })).toBeVisible();
    await expectAccessible(this.page);
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Adresse électronique").fill(email);
    await this.page.getByLabel("Mot de passe").fill(password);
    // Wait for the server action's answer: the previous message may still be on screen.
    const submit = this.page.getByRole("button", { name: "Se connecter", exact: true });
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
      submit.click(),
    ]);
    // React resets the form when the action settles: wait for it (or for the redirect of a
    // successful sign-in), or the next fill may be wiped by that reset.
    await expect
      .poll(
        async () => {
          if (!new URL(this.page.url()).pathname.startsWith("/login") || (await submit.count()) === 0) return true;
          return submit.isEnabled({ timeout: 1_000 }).catch(() => true);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  }

  /** One-click demo sign-in (sandbox mode). */
  async signInAs(persona: Persona) {
    await this.page.getByRole("button", { name: `Se connecter en tant que ${persona}@sandbox.test` }).click();
    await expect(this.page.getByTestId("current-user")).toBeVisible();
  }

  error() {
    // Next.js adds its own (empty) role=alert route announcer: target the form's message.
    return this.page.locator("#login-error");
  }
}
