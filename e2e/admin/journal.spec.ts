import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AdminPages } from "../pages/admin-pages";

test("audit log: a date that does not exist is ignored with a French message beside its filter, page and CSV still answer", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  // 2026-13-01 used to reach the database as an invalid Date (RangeError → error page).
  const res = await page.goto("/admin/journal?du=2026-13-01&action=admin.");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expect(page.getByText("Une erreur est survenue")).toHaveCount(0);
  await expect(page.getByLabel("Du", { exact: true })).toHaveAccessibleDescription("Cette date n'existe pas (exemple : 27/11/2026) : le filtre est ignoré.");
  await expect(page.getByLabel("Action")).toHaveValue("admin.");
  await expectAccessible(page);

  const csv = await page.request.get("/api/admin/journal/export?du=2026-13-01&au=2026-02-30");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Date;Compte;Structure;Action");

  // An end before the start: « Au » is ignored and says why.
  await page.goto("/admin/journal?du=2026-11-27&au=2026-11-01");
  await expect(page.getByLabel("Au", { exact: true })).toHaveAccessibleDescription(/La date de fin précède la date de début/);
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue("2026-11-27");
});

test("audit log: « Du » and « Au » are Paris days — today's lines are found by today's date", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes-techniques");
  await admin.form(/Tester la connexion — ACME/).getByRole("button", { name: "Tester la connexion" }).click();
  await expect(admin.form(/Tester la connexion — ACME/).getByText(/Connexion réussie/)).toBeVisible({ timeout: 30_000 });
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date());
  await page.goto(`/admin/journal?action=admin.compteTechnique.tester&du=${today}&au=${today}`);
  await expect(page.getByRole("region", { name: "Lignes du journal" }).getByText("admin.compteTechnique.tester").first()).toBeVisible();
});
