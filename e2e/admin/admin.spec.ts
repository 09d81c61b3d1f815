import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AdminPages, uniqueEmail } from "../pages/admin-pages";

test("a non-admin does not reach the administration (403)", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const res = await page.goto("/admin/comptes");
  expect(res?.status()).toBe(403);
});

test("an admin creates an account, resets its password, disables it: the account can no longer sign in", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes");
  await expectAccessible(page);
  const email = uniqueEmail("compte");
  const create = admin.form("Créer un compte");
  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Nom").fill("Camille Test");
  await create.getByLabel("Mot de passe initial").fill("court");
  await create.getByRole("checkbox", { name: "Fournisseur" }).check();
  await create.getByRole("button", { name: "Créer le compte" }).click();
  await expect(create.getByLabel("Mot de passe initial")).toHaveAccessibleDescription(/au moins 12 caractères/);
  await create.getByLabel("Mot de passe initial").fill("motdepasse-2026");
  await create.getByRole("button", { name: "Créer le compte" }).click();
  await expect(create.getByText("Compte créé.")).toBeVisible();
  await page.getByRole("link", { name: `Gérer ${email}` }).click();
  await expect(page.getByRole("heading", { name: `Gérer ${email}` })).toBeVisible();
  const reset = admin.form("Réinitialiser le mot de passe");
  await reset.getByLabel("Nouveau mot de passe").fill("nouveau-mdp-2026");
  await reset.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
  await expect(reset.getByText(/Mot de passe changé/)).toBeVisible();
  const disable = admin.form(`Désactiver ${email}`);
  await disable.getByRole("button", { name: `Désactiver ${email}` }).click();
  // The form turns into « Réactiver … » once the page refreshes: the message is read on the page.
  await expect(page.getByText(/Compte désactivé : ses sessions sont fermées/)).toBeVisible();
  await expect(page.getByRole("button", { name: `Réactiver ${email}` })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await loginPage.goto();
  await loginPage.signIn(email, "nouveau-mdp-2026");
  await expect(loginPage.error()).toBeVisible();
});

test("an admin imports a Chorus Pro user's rattachements from Chorus Pro instead of typing them", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes");
  const email = uniqueEmail("import");
  const create = admin.form("Créer un compte");
  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Nom").fill("Import Test");
  await create.getByLabel("Mot de passe initial").fill("motdepasse-2026");
  await create.getByRole("checkbox", { name: "Valideur" }).check();
  await create.getByRole("button", { name: "Créer le compte" }).click();
  await expect(create.getByText("Compte créé.")).toBeVisible();
  const row = page.getByRole("region", { name: "Comptes rattachés à vos structures" }).getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("ACME FOURNITURES SAS : Valideur");
  await page.getByRole("link", { name: `Gérer ${email}` }).click();
  const imp = admin.form("Importer depuis Chorus Pro");
  // A decimal is explained in French beside the field (zod would say "Invalid input").
  await imp.getByLabel("Identifiant utilisateur Chorus Pro").fill("1.5");
  await imp.getByRole("checkbox", { name: "Fournisseur" }).check();
  await imp.getByRole("button", { name: "Importer depuis Chorus Pro" }).click();
  await expect(imp.getByLabel("Identifiant utilisateur Chorus Pro")).toHaveAccessibleDescription(/nombre entier positif/);
  // User 1003 (the commune's manager) has no rattachement on ACME: nothing to import.
  await imp.getByLabel("Identifiant utilisateur Chorus Pro").fill("1003");
  await imp.getByRole("button", { name: "Importer depuis Chorus Pro" }).click();
  await expect(imp.getByText("Aucun rattachement trouvé dans Chorus Pro pour cet utilisateur sur vos structures.")).toBeVisible({ timeout: 30_000 });
  // User 1001 is attached to ACME in Chorus Pro (lister/rattachementsutilisateur): imported with its id.
  await imp.getByLabel("Identifiant utilisateur Chorus Pro").fill("1001");
  await imp.getByRole("button", { name: "Importer depuis Chorus Pro" }).click();
  await expect(imp.getByText("1 rattachement(s) importé(s) : ACME FOURNITURES SAS.")).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText("ACME FOURNITURES SAS : Fournisseur (1001)");
  await expectAccessible(page);
});

test("technical accounts: a refused password is not stored, the right one is, the connection test shows the expiry", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes-techniques");
  await expectAccessible(page);
  const ta = await admin.technicalAccountOf(27000001);
  const save = admin.form(/Enregistrer le compte technique — ACME/);
  await save.getByLabel("Identifiant du compte technique").fill(ta.login);
  await save.getByLabel("Mot de passe").fill("mauvais-mot-de-passe");
  await save.getByRole("button", { name: "Enregistrer le compte technique" }).click();
  await expect(save.getByRole("alert")).toContainText(/compte technique/);
  await save.getByLabel("Mot de passe").fill(ta.password);
  await save.getByRole("button", { name: "Enregistrer le compte technique" }).click();
  await expect(save.getByText(/Identifiants acceptés par Chorus Pro/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(ta.password)).toHaveCount(0);
  const test_ = admin.form(/Tester la connexion — ACME/);
  await test_.getByRole("button", { name: "Tester la connexion" }).click();
  await expect(test_.getByText(/Connexion réussie\. Expiration du mot de passe : \d{4}-\d{2}-\d{2}/)).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});

test("audit log: filters in the URL, paginated table, CSV export with French headers", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes-techniques");
  await admin.form(/Tester la connexion — ACME/).getByRole("button", { name: "Tester la connexion" }).click();
  await admin.goto("/journal");
  await page.getByLabel("Action").fill("compteTechnique");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/action=compteTechnique/);
  await expect(page.getByRole("region", { name: "Lignes du journal" }).getByText("admin.compteTechnique.tester").first()).toBeVisible();
  await expectAccessible(page);
  const res = await page.request.get("/api/admin/journal/export?action=compteTechnique");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const text = await res.text();
  expect(text).toContain("Date;Compte;Structure;Action;Type d'objet;Objet;Résultat;Adresse IP;Détail");
  expect(text).toContain("admin.compteTechnique.tester");
});

test("gateway health: calls, errors, outbox of the admin's structures", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/sante");
  await expect(page.getByRole("heading", { name: /Appels à Chorus Pro/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Erreurs par type" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Écritures en échec" })).toBeVisible();
  await expectAccessible(page);
});
