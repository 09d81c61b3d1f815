import { test, expect } from "../fixtures";
import { RecuesDetailPage } from "../pages/recues-detail";
import { RecuesListPage } from "../pages/recues-list";
import { receiveInvoice, statusOf, uniqueNumber } from "../pages/recues-seed";

test.describe("Factures reçues — traitement", () => {
  test.beforeEach(async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInAs("gestionnaire");
  });

  test("suspension avec motif ; rejet sans motif refusé", async ({ page }) => {
    const id = await receiveInvoice({ numero: uniqueNumber("SU") });
    const detail = new RecuesDetailPage(page);
    await detail.goto(id);
    await detail.choose("Rejeter");
    await detail.apply();
    await expect(detail.form().getByText("Indiquez le motif du rejet : le fournisseur le verra.")).toBeVisible();
    expect(await statusOf(id)).toBe("MISE_A_DISPOSITION");
    await detail.choose("Suspendre (demande d'éléments)");
    await detail.form().getByLabel("Motif de la suspension et éléments attendus").fill("Merci de joindre le bon de livraison");
    await detail.apply();
    await expect(detail.form().getByText("Fait", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => statusOf(id)).toBe("SUSPENDUE");
  });

  test("mandatée : numéro invalide refusé, puis numéro correct accepté", async ({ page }) => {
    const id = await receiveInvoice({ numero: uniqueNumber("MD") });
    const detail = new RecuesDetailPage(page);
    await detail.goto(id);
    await detail.choose("Mandatée");
    await detail.form().getByLabel("Numéro de mandat").fill("M 42;é");
    await detail.apply();
    await expect(detail.form().getByText(/ne peut contenir que des lettres sans accent, des chiffres/)).toBeVisible();
    expect(await statusOf(id)).toBe("MISE_A_DISPOSITION");
    await detail.form().getByLabel("Numéro de mandat").fill("M-2026/0042");
    await detail.apply();
    await expect(detail.form().getByText("Fait", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => statusOf(id)).toBe("MANDATEE");
  });

  test("mise en paiement de 3 factures à la fois, résultat par facture", async ({ page }) => {
    const numeros = [uniqueNumber("BK"), uniqueNumber("BK"), uniqueNumber("BK")];
    const ids = await Promise.all(numeros.map((numero) => receiveInvoice({ numero })));
    const list = new RecuesListPage(page);
    await list.goto(`?statut=MISE_A_DISPOSITION&taille=100&tri=dateDepot&sens=desc`);
    for (const n of numeros) await list.select(n);
    await expect(page.getByText("3 facture(s) sélectionnée(s)")).toBeVisible();
    await list.bulk().getByLabel("Action").selectOption({ label: "Mise en paiement" });
    await list.bulk().getByRole("button", { name: "Appliquer" }).click();
    await expect(list.bulk().getByText("3 faite(s), 0 en attente, 0 en échec.")).toBeVisible({ timeout: 45_000 });
    for (const n of numeros) await expect(list.bulk().getByRole("row").filter({ hasText: n })).toContainText("Fait");
    for (const id of ids) expect(await statusOf(id)).toBe("MISE_EN_PAIEMENT");
  });
});
