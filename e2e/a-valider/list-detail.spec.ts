import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AValiderPage } from "../pages/a-valider-page";
import { BATI, submitForValidation, uniqueNumber } from "../pages/a-valider-seed";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("valideur");
});

test("lists the invoices awaiting the decision, filters by number in the URL, sorts, and shows the visible statuses", async ({ page }) => {
  const numero = uniqueNumber("LST");
  await submitForValidation({ numero });
  const av = new AValiderPage(page);
  await av.gotoList();
  await expect(page.getByText(/^Structure : TITULAIRE GROUPEMENT SA/)).toBeVisible();
  await page.getByLabel("Numéro de facture").fill(numero);
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`numero=${numero}`));
  await expect(av.table().getByRole("link", { name: numero })).toBeVisible();
  await expect(av.table().getByRole("row")).toHaveCount(2);
  await expect(av.table()).toContainText("À valider (1er valideur)");
  await expectAccessible(page);

  await av.table().getByRole("link", { name: "Montant TTC" }).click();
  await expect(page).toHaveURL(/tri=montantTTC&sens=asc/);
  await expect(av.table().getByRole("columnheader", { name: "Montant TTC" })).toHaveAttribute("aria-sort", "ascending");

  // The "all" view offers the statuses Chorus Pro lets a validator see, and only those.
  await av.gotoList("?vue=toutes&statut=VALIDEE_1&statut=MISE_EN_PAIEMENT");
  await expect(page.getByRole("checkbox", { name: "Validée (1er valideur)" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Mise en paiement" })).toHaveCount(0);
  await expect(page.getByText(/Certains filtres ont été ignorés/)).toBeVisible();
});

test("a bad filter is reported beside its field and the page still answers", async ({ page }) => {
  const av = new AValiderPage(page);
  await av.gotoList("?vue=toutes&depotDu=2026-13-45&ttcMin=abc");
  await expect(page.getByText("Date invalide (format AAAA-MM-JJ) : ce filtre est ignoré.")).toBeVisible();
  await expect(page.getByText(/Montant invalide/)).toBeVisible();
});

test("detail: parties, lines, history and the downloads of the invoice", async ({ page }) => {
  const numero = uniqueNumber("DET");
  const id = await submitForValidation({ numero });
  const av = new AValiderPage(page);
  await av.gotoDetail(id);
  await expect(av.invoiceHeading(numero)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Votre décision" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Historique" })).toBeVisible();
  const href = await page.getByRole("link", { name: "Télécharger la facture (PDF)" }).getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/pdf|zip/);
});

test("a forged id never shows another structure's invoice, on the page or the download routes", async ({ page }) => {
  const other = await submitForValidation({ numero: uniqueNumber("OTH"), validator: BATI });
  const plain = await submitForValidation({ numero: uniqueNumber("A1"), cadre: "A1_FACTURE_FOURNISSEUR" });
  const av = new AValiderPage(page);
  for (const id of [other, plain, 999_999_999]) {
    const res = await av.gotoDetail(id);
    expect(res?.status()).toBe(404);
    await expect(av.notFound()).toBeVisible();
  }
  const dl = await page.request.get(`/api/factures/a-valider/${other}/telecharger?structure=27000004`);
  expect(dl.status()).toBe(404);
  expect((await dl.json()).error.message).toContain("introuvable");
  const foreign = await page.request.get(`/api/factures/a-valider/${other}/telecharger?structure=27000002`);
  expect(foreign.status()).toBe(403);
  const junk = await page.request.get(`/api/factures/a-valider/abc/pieces-jointes?structure=27000004`);
  expect(junk.status()).toBe(404);
});

test("multi holds several roles and switches between the validator and supplier spaces", async ({ page, loginPage }) => {
  await page.context().clearCookies();
  await loginPage.goto();
  await loginPage.signInAs("multi");
  const av = new AValiderPage(page);
  await av.gotoList();
  await expect(page.getByText(/^Structure : TITULAIRE GROUPEMENT SA/)).toBeVisible();
  await page.goto("/factures/emises");
  await expect(page.getByRole("heading", { level: 1, name: "Factures émises" })).toBeVisible();
  await expectAccessible(page);
});
