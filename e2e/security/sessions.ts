import type { Browser, Page } from "@playwright/test";
import { LoginPage, type Persona } from "../pages/login-page";

export type Who = Persona | { email: string; password: string };

/**
 * A second browser session (its own cookies), signed in as a persona or with a password: for a
 * test that needs two people at once, or a hook that has no `page`.
 */
export async function signedInPage(browser: Browser, baseURL: string | undefined, who: Who): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL, locale: "fr-FR" });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  if (typeof who === "string") await login.signInAs(who);
  else await login.signIn(who.email, who.password);
  return { page, close: () => context.close() };
}
