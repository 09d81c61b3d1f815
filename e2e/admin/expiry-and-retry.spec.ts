import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AdminPages, uniqueEmail } from "../pages/admin-pages";
import { COMPTE_EXPIRE, createAdminOf, hasDatabase, insertFailedWrite, setPasswordExpiry } from "./db-seed";

// COMPTE EXPIRE SARL (27000008): the sandbox seeds its technical account with a password that
// expired on 2024-01-31 (401 expired_password); the portal recorded that date at start. Its
// administrator is seeded in the database (no persona administers it), so are the dates below.
// Never skipped: without the e2e PostgreSQL these tests fail and say how to run them.
test.beforeAll(() => {
  if (!hasDatabase) throw new Error("these tests seed the portal's database: run the e2e suite through scripts/with-postgres.sh (npm test does)");
});
test.describe.configure({ mode: "serial" });

let email = "";
let accountId = "";

test.beforeAll(async () => {
  email = uniqueEmail("admin-expire");
  accountId = await createAdminOf(COMPTE_EXPIRE, email);
});

test.afterAll(async () => {
  if (hasDatabase) await setPasswordExpiry(COMPTE_EXPIRE, "2024-01-31");
});

test("the 30-day banner warns of an expired and of a soon-expiring technical account password; a failing test flags the 401", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signIn(email, "sandbox");
  const admin = new AdminPages(page);
  await admin.goto("");
  await expect(page.getByText("Mot de passe de compte technique bientôt expiré")).toBeVisible();
  await expect(page.getByText("COMPTE EXPIRE SARL : le mot de passe a expiré le 31/01/2024.")).toBeVisible();
  await expectAccessible(page);

  // Ten days ahead (UTC days, as the portal counts them): « expire le … (10 jours) ».
  const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await setPasswordExpiry(COMPTE_EXPIRE, soon);
  await admin.goto("/comptes-techniques");
  const [y, m, d] = soon.split("-");
  await expect(page.getByText(`COMPTE EXPIRE SARL : le mot de passe expire le ${d}/${m}/${y} (10 jours).`, { exact: false })).toBeVisible();
  await expect(page.getByText("J-10")).toBeVisible();

  // The connection test meets the expired password: a French message, and the structure is flagged.
  const testForm = admin.form(/Tester la connexion — COMPTE EXPIRE SARL/);
  await testForm.getByRole("button", { name: "Tester la connexion" }).click();
  await expect(testForm.getByRole("alert")).toContainText(/mot de passe du compte technique/i, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByText(/Chorus Pro a refusé le compte technique \(401\) le/)).toBeVisible();
  await expectAccessible(page);
});

test("gateway health: a failed write is named in French and put back in the queue with « Relancer »", async ({ page, loginPage }) => {
  const outboxId = await insertFailedWrite(COMPTE_EXPIRE, accountId, "organisations.parametresEdi", { uuid: "0".repeat(32) }, String(COMPTE_EXPIRE));
  await loginPage.goto();
  await loginPage.signIn(email, "sandbox");
  const admin = new AdminPages(page);
  await admin.goto("/sante");
  const failed = page.getByRole("region", { name: "Écritures en échec" }).first();
  const row = failed.getByRole("row").filter({ hasText: "Modification des paramètres EDI" });
  await expect(row).toContainText("COMPTE EXPIRE SARL");
  await expect(failed).not.toContainText("organisations.parametresEdi");
  await expectAccessible(page);
  const retry = admin.form(`Relancer : Modification des paramètres EDI (${COMPTE_EXPIRE})`);
  await retry.getByRole("button", { name: "Relancer" }).click();
  await expect(retry.getByText(/Remis dans la file d'envoi/)).toBeVisible();

  // The worker sends it again; Chorus Pro refuses the expired password again: back in « en échec »,
  // and the errors card names the kind in French, never its code.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("region", { name: "Écritures en échec" }).first().getByRole("row").filter({ hasText: "Modification des paramètres EDI" })).toContainText("a expiré ou a été changé");
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText("Mot de passe du compte technique expiré")).toBeVisible();
  await expect(page.getByText("technical_account_expired")).toHaveCount(0);

  await page.goto(`/admin/journal?action=admin.sante.relancer`);
  await expect(page.getByRole("region", { name: "Lignes du journal" }).getByRole("row").filter({ hasText: `outbox ${outboxId}` })).toContainText("Réussi");
});
