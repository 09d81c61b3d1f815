import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { SaisiePage } from "../pages/saisie-page";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("looks up a recipient by SIRET and shows its requirements and services", async ({ page }) => {
  const siret = await SaisiePage.siretOf(26000001);
  await page.goto("/factures/emises/destinataires");
  await expect(page.getByRole("heading", { level: 1, name: "Rechercher un destinataire public" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("SIRET ou nom du destinataire").fill(siret);
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${siret}`));
  await page.getByRole("button", { name: "Voir les exigences : COMMUNE DE SABLE-SUR-MER" }).click();
  const detail = page.getByRole("region", { name: /COMMUNE DE SABLE-SUR-MER/ });
  await expect(detail.getByText("Code service obligatoire")).toBeVisible();
  await expect(detail.getByText("FACTURES_PUBLIQUES")).toBeVisible();
  await expect(detail.getByRole("listitem").filter({ hasText: "SERV_ANCIEN" })).toContainText("inactif");
  await expectAccessible(page);
  // The search is in the URL: a reload shows the same results.
  await page.reload();
  await expect(page.getByRole("cell", { name: "COMMUNE DE SABLE-SUR-MER", exact: true })).toBeVisible();
});

test("looks up recipients by name: engagement required, either one, and an inactive one", async ({ page }) => {
  await page.goto("/factures/emises/destinataires?q=MINISTERE");
  await page.getByRole("button", { name: "Voir les exigences : MINISTERE DES ESSAIS" }).click();
  await expect(page.getByText("Numéro d'engagement obligatoire")).toBeVisible();
  await page.getByLabel("SIRET ou nom du destinataire").fill("HOSPITALIER");
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await page.getByRole("button", { name: "Voir les exigences : CENTRE HOSPITALIER DE DEMO" }).click();
  await expect(page.getByText("Code service ou numéro d'engagement obligatoire (l'un des deux)")).toBeVisible();
  await page.getByLabel("SIRET ou nom du destinataire").fill("DISSOUS");
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  const row = page.getByRole("row").filter({ hasText: "OFFICE PUBLIC DISSOUS" });
  await expect(row.getByText("Inactif")).toBeVisible();
  await expectAccessible(page);
});

test("an inactive recipient cannot be chosen in the form", async ({ page }) => {
  const saisie = new SaisiePage(page);
  await saisie.goto();
  await saisie.search("DISSOUS");
  await page.getByRole("button", { name: "Choisir : OFFICE PUBLIC DISSOUS" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "inactif dans Chorus Pro" }).first()).toBeVisible();
  await expect(page.getByText("Destinataire choisi")).toHaveCount(0);
});
