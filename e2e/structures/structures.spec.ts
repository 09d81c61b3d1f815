import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { StructuresPages } from "../pages/structures-pages";

test("a supplier consults its structure: identity, address, parameters explained, EDI reserved to admins", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const s = new StructuresPages(page);
  await s.gotoFiche();
  await expect(page.getByRole("heading", { name: "Identité" })).toBeVisible();
  await expect(page.getByText("ACME FOURNITURES SAS").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Paramètres", exact: true })).toBeVisible();
  await expect(page.getByText("Code service obligatoire")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Coordonnées bancaires" })).toBeVisible();
  await expect(page.getByText("Seul un administrateur de la structure peut modifier ces paramètres.")).toBeVisible();
  await expectAccessible(page);
});

test("an admin sees the EDI switches with the consequence of each", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const s = new StructuresPages(page);
  await s.gotoFiche();
  await expect(page.getByRole("checkbox", { name: "Émettre des factures par flux EDI" })).toBeVisible();
  await expect(page.getByText(/les dépôts de flux de cette structure seront refusés/)).toBeVisible();
  await expectAccessible(page);
});

test("a recipient lists its services (active and inactive), filters them and consults one with the invoices citing it", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("gestionnaire");
  const s = new StructuresPages(page);
  await s.gotoServices();
  await expect(s.servicesTable().getByRole("link", { name: "Consulter le service FACTURES_PUBLIQUES" })).toBeVisible();
  await expect(s.servicesTable().getByText("SERV_ANCIEN")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Statut").selectOption({ label: "Inactifs" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/statut=inactifs/);
  await expect(s.servicesTable().getByText("SERV_ANCIEN")).toBeVisible();
  await expect(s.servicesTable().getByText("FACTURES_PUBLIQUES")).toHaveCount(0);
  await s.gotoServices();
  await s.servicesTable().getByRole("link", { name: "Consulter le service FACTURES_PUBLIQUES" }).click();
  await expect(page.getByRole("heading", { name: /FACTURES_PUBLIQUES/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Factures qui citent ce service" })).toBeVisible();
  await expectAccessible(page);
});

test("an admin creating a service with a code already used gets a precise message beside the field", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const s = new StructuresPages(page);
  await s.gotoServices();
  const form = s.createForm();
  await form.getByLabel("Code service").fill("factures_publiques");
  await form.getByLabel("Libellé").fill("Doublon");
  await form.getByRole("button", { name: "Créer le service" }).click();
  await expect(form.getByLabel("Code service")).toHaveAccessibleDescription(/déjà utilisé dans cette structure/);
  await form.getByLabel("Code service").fill("code avec espace");
  await form.getByRole("button", { name: "Créer le service" }).click();
  await expect(form.getByLabel("Code service")).toHaveAccessibleDescription(/ne peut contenir que des lettres/);
  await expectAccessible(page);
});

// The outbox worker needs the senders "organisations.creerService" and "organisations.parametresEdi"
// (lib/outbox/senders.ts, not owned by this feature); until they are added the write ends
// « Opération inconnue du portail ».
test("an admin creates a service: it goes through the outbox and appears in the list", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const s = new StructuresPages(page);
  await s.gotoServices();
  const code = `E2E_${Date.now().toString(36).toUpperCase()}`;
  const form = s.createForm();
  await form.getByLabel("Code service").fill(code);
  await form.getByLabel("Libellé").fill("Service de test");
  await form.getByRole("button", { name: "Créer le service" }).click();
  await expect(form.getByText(`Service ${code} créé.`)).toBeVisible({ timeout: 30_000 });
  await s.gotoServices(`?q=${code}`);
  await expect(s.servicesTable().getByText(code)).toBeVisible();
});

test("search across the référentiel: an invalid SIRET is explained, a name finds structures", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const s = new StructuresPages(page);
  await s.gotoSearch();
  await s.search("SIRET", "123");
  await expect(page.getByRole("textbox", { name: "Valeur recherchée" })).toHaveAccessibleDescription(/Le SIRET doit comporter 14 chiffres/);
  await expectAccessible(page);
  await s.search("Nom", "COMMUNE");
  await expect(page.getByRole("region", { name: "Structures trouvées" }).getByText("COMMUNE DE SABLE-SUR-MER")).toBeVisible();
  await expect(page).toHaveURL(/par=nom&q=COMMUNE/);
  await expectAccessible(page);
});

test("an admin changes an EDI switch: « En attente d'envoi » then the outcome from Chorus Pro", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const s = new StructuresPages(page);
  await s.gotoFiche();
  const box = page.getByRole("checkbox", { name: "Recevoir les cycles de vie des factures par EDI" });
  const before = await box.isChecked();
  await box.setChecked(!before);
  await page.getByRole("button", { name: "Enregistrer les paramètres EDI" }).click();
  await expect(page.getByText("Modification enregistrée dans Chorus Pro.")).toBeVisible({ timeout: 30_000 });
  await box.setChecked(before);
  await page.getByRole("button", { name: "Enregistrer les paramètres EDI" }).click();
  await expect(page.getByText("Modification enregistrée dans Chorus Pro.")).toBeVisible({ timeout: 30_000 });
});
