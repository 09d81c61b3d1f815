import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AdminPages } from "../pages/admin-pages";
import { actionRef, callAction } from "../security/server-actions";
import { signedInPage } from "../security/sessions";

// admin@ administers ACME only; multi@ is attached to ACME (fournisseur), the commune
// (gestionnaire) and Titulaire (valideur). A new password or a disable acts on all three: if
// admin@ could do it, it could sign in as multi@ and act on the commune and Titulaire.
const ACME = 27000001;
const COMPTES = "app/(portal)/admin/comptes/actions.ts";
const REFUSAL = "Ce compte est aussi rattaché à des structures que vous n'administrez pas";

test("an admin of ACME alone cannot reset multi@'s password nor disable it: refused in French, nothing changed, audited", async ({ page, loginPage, browser }, info) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes");
  await page.getByRole("link", { name: "Gérer multi@sandbox.test" }).click();
  await expect(page.getByRole("heading", { name: "Gérer multi@sandbox.test" })).toBeVisible();
  // The page explains instead of offering the forms; the rattachement on ACME stays manageable.
  await expect(page.getByText(REFUSAL)).toContainText(/COMMUNE DE SABLE-SUR-MER.*TITULAIRE GROUPEMENT SA/);
  await expect(admin.form("Réinitialiser le mot de passe")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Désactiver multi@sandbox.test" })).toHaveCount(0);
  await expect(admin.form("Retirer le rattachement")).toBeVisible();
  await expectAccessible(page);

  // What a script would send anyway.
  const accountId = new URL(page.url()).searchParams.get("compte")!;
  const reset = await callAction(page.request, actionRef(COMPTES, "resetAccountPasswordAction"), [{ idStructureCPP: ACME, accountId, password: "prise-de-controle-2026" }]);
  const disable = await callAction(page.request, actionRef(COMPTES, "setAccountDisabledAction"), [{ idStructureCPP: ACME, accountId, disabled: true }]);
  for (const body of [reset, disable]) {
    expect(body).toContain('"code":"forbidden"');
    expect(body).toContain(REFUSAL);
  }

  // Nothing changed: multi@ still signs in with its own password and acts for its structures.
  const multi = await signedInPage(browser, info.project.use.baseURL, { email: "multi@sandbox.test", password: "sandbox" });
  try {
    await expect(multi.page.getByTestId("current-user")).toBeVisible();
  } finally {
    await multi.close();
  }

  // Both refusals are in the audit log, on multi@'s account.
  for (const action of ["admin.comptes.motDePasse", "admin.comptes.desactiver"]) {
    await page.goto(`/admin/journal?compte=admin%40sandbox.test&action=${action}&resultat=denied`);
    const line = page.getByRole("region", { name: "Lignes du journal" }).getByRole("row").filter({ hasText: `account ${accountId}` }).first();
    await expect(line).toContainText(action);
    await expect(line).toContainText("Refusé");
  }
  await expectAccessible(page);
});

test("creating an account with an e-mail already used elsewhere does not reveal whose it is", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const admin = new AdminPages(page);
  await admin.goto("/comptes");
  const create = admin.form("Créer un compte");
  await create.getByLabel("Nom").fill("Doublon");
  await create.getByLabel("Mot de passe initial").fill("motdepasse-2026");
  await create.getByRole("checkbox", { name: "Fournisseur" }).check();
  // gestionnaire@ belongs to the commune only, which admin@ does not administer.
  await create.getByLabel("E-mail").fill("gestionnaire@sandbox.test");
  await create.getByRole("button", { name: "Créer le compte" }).click();
  const alert = create.getByRole("alert");
  await expect(alert).toContainText("Cette adresse e-mail ne peut pas être utilisée pour créer un compte.");
  await expect(alert).not.toContainText(/existe|COMMUNE|gestionnaire/i);
  // multi@ is also attached to ACME: that one is in the admin's own list, so it may say so.
  await create.getByLabel("E-mail").fill("multi@sandbox.test");
  await create.getByRole("button", { name: "Créer le compte" }).click();
  await expect(alert).toContainText("Un compte existe déjà avec cette adresse sur l'une de vos structures");
  await expectAccessible(page);
});
