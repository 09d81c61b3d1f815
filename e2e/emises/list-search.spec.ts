import { test, expect } from "../fixtures";
import { EmisesListPage } from "../pages/emises-list";
import { rejectInvoice, submitInvoice, uniqueNumber } from "../pages/emises-seed";

test.describe("Factures émises — recherche", () => {
  test.beforeEach(async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInAs("fournisseur");
  });

  test("filtre par numéro et par plusieurs statuts, badge avec motif du dernier changement", async ({ page }) => {
    const numero = uniqueNumber("LST");
    const id = await submitInvoice({ numero });
    await rejectInvoice(id, "Service destinataire erroné");
    const list = new EmisesListPage(page);
    await list.goto();
    await list.filterByNumber(numero);
    await list.tickStatuses(["Rejetée", "Suspendue"]);
    await list.submit();
    await expect(page).toHaveURL(/statut=REJETEE/);
    await expect(page).toHaveURL(/statut=SUSPENDUE/);
    await expect(list.rows()).toHaveCount(1);
    await expect(list.rows().first().getByRole("link", { name: numero })).toBeVisible();
    await expect(list.statusBadges().first()).toHaveText("Rejetée");
    await expect(list.rows().first()).toContainText("« Service destinataire erroné »");
    await expect(list.rows().first()).toContainText(/depuis le \d{2}\/\d{2}\/\d{4}/);

    await list.goto(`?numero=${numero}&statut=SUSPENDUE&statut=MISE_EN_PAIEMENT`);
    await expect(list.emptyState()).toBeVisible();
  });

  test("plusieurs statuts sans autre critère : chaque ligne a l'un d'eux", async ({ page }) => {
    const list = new EmisesListPage(page);
    await list.goto("?statut=REJETEE&statut=MISE_A_DISPOSITION");
    const statuts = await list.statusBadges().evaluateAll((els) => els.map((e) => e.getAttribute("data-statut")));
    expect(statuts.length).toBeGreaterThan(0);
    for (const s of statuts) expect(["REJETEE", "MISE_A_DISPOSITION"]).toContain(s);
  });

  test("tri sur les colonnes et pagination côté serveur, dans l'URL", async ({ page }) => {
    const list = new EmisesListPage(page);
    await list.goto();
    await expect(list.rows()).toHaveCount(20);
    await list.sortBy("Montant TTC");
    await expect(page).toHaveURL(/tri=montantTTC&sens=asc/);
    await expect(list.table().getByRole("columnheader", { name: "Montant TTC" })).toHaveAttribute("aria-sort", "ascending");
    const amounts = (await list.table().locator("tbody tr td:nth-child(7)").allTextContents()).map((t) => Number(t.replace(/[^\d,-]/g, "").replace(",", ".")));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    await list.pagination().getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/tri=montantTTC&sens=asc.*page=2/);
    await expect(list.pagination().getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    const page2 = (await list.table().locator("tbody tr td:nth-child(7)").allTextContents()).map((t) => Number(t.replace(/[^\d,-]/g, "").replace(",", ".")));
    expect(page2[0]).toBeGreaterThanOrEqual(amounts[amounts.length - 1]!);
  });

  test("des valeurs invalides dans l'URL sont ignorées avec un message, sans erreur", async ({ page }) => {
    const list = new EmisesListPage(page);
    await list.goto("?htMin=abc&statut=NOPE&page=-3&depotDu=2026-02-30");
    await expect(page.getByText("Certains filtres ont été ignorés")).toBeVisible();
    await expect(list.search().getByLabel("Montant HT minimum")).toHaveAttribute("aria-invalid", "true");
    await expect(list.search().getByText("montant invalide")).toBeVisible();
    await expect(list.rows().first()).toBeVisible();
  });

  test("une structure falsifiée dans l'URL est refusée", async ({ page }) => {
    await page.goto("/factures/emises?structure=27000002");
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  });
});

test.describe("Factures émises — compte multi-structures", () => {
  test("agit pour chacune de ses structures fournisseur, jamais pour une autre", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signInAs("multi");
    const list = new EmisesListPage(page);
    await list.goto("?structure=27000004");
    await expect(page.getByRole("main").getByText("TITULAIRE GROUPEMENT SA", { exact: true })).toBeVisible();
    await list.goto("?structure=27000001");
    await expect(list.table().getByRole("caption")).toContainText("ACME FOURNITURES SAS");
    await expect(list.rows().first()).toBeVisible();
    // Gestionnaire only on 26000001: not a supplier there.
    await page.goto("/factures/emises?structure=26000001");
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  });
});
