import { test, expect } from "../fixtures";
import { PERSONAS } from "../pages/login-page";

// A fresh documentation address (RFC 5737) per test run, so that retries and repeated runs within
// the throttling window do not inherit each other's failures.
function uniqueAddress(): string {
  const n = Date.now() + Math.floor(Math.random() * 1e6);
  return `198.51.${100 + (n % 2)}.${1 + (Math.floor(n / 2) % 254)}`;
}

test.describe("Sign-in", () => {
  test("lists every demo account in sandbox mode", async ({ page, loginPage }) => {
    await loginPage.goto();
    await expect(page.getByRole("heading", { name: "Comptes de démonstration" })).toBeVisible();
    for (const p of PERSONAS) {
      await expect(page.getByRole("button", { name: `Se connecter en tant que ${p}@sandbox.test` })).toBeVisible();
    }
  });

  test("gives the same message for a wrong password and an unknown account", async ({ page, loginPage }) => {
    // A dedicated address so that these failures do not throttle the other tests.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    await loginPage.goto();
    await loginPage.signIn("fournisseur@sandbox.test", "mauvais");
    await expect(loginPage.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await loginPage.signIn("personne@exemple.test", "mauvais");
    await expect(loginPage.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
  });

  test("throttles after 5 failures in a minute with a clear message", async ({ page, loginPage }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    const email = `bloque-${Date.now()}@exemple.test`;
    await loginPage.goto();
    for (let i = 0; i < 5; i++) {
      await loginPage.signIn(email, `faux-${i}`);
      await expect(loginPage.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
    }
    await loginPage.signIn(email, "encore");
    await expect(loginPage.error()).toHaveText("Trop de tentatives de connexion. Patientez une minute avant de réessayer.");
  });

  test("sends a signed-out visitor to sign-in, then back to the page asked for", async ({ page, loginPage }) => {
    await page.goto("/factures/emises?page=2");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ffactures%2Femises%3Fpage%3D2/);
    await expect(page.getByRole("status").filter({ hasText: "Reconnectez-vous" })).toBeVisible();
    await loginPage.signIn("fournisseur@sandbox.test", "sandbox");
    await expect(page).toHaveURL(/\/factures\/emises\?page=2$/);
    await expect(page.getByRole("heading", { level: 1, name: "Factures émises" })).toBeVisible();
  });

  test("signs out", async ({ loginPage, shell }) => {
    await loginPage.goto();
    await loginPage.signInAs("valideur");
    await shell.signOut();
  });
});
