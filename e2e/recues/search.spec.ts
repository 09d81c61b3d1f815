import { test, expect } from "../fixtures";
import { RecuesListPage } from "../pages/recues-list";
import { receiveInvoice, setStatus, uniqueNumber } from "../pages/recues-seed";

test.describe("Factures reçues — recherche", () => {
  test("recherche avec plusieurs statuts, filtres dans l'URL", async ({ page, loginPage }) => {
    const a = uniqueNumber("RS"), b = uniqueNumber("RS");
    const [, idB] = await Promise.all([receiveInvoice({ numero: a }), receiveInvoice({ numero: b })]);
    await setStatus(idB, "SUSPENDUE", "Bon de livraison manquant");
    await loginPage.goto();
    await loginPage.signInAs("gestionnaire");
    const list = new RecuesListPage(page);
    await list.goto(`?statut=MISE_A_DISPOSITION&statut=SUSPENDUE&numero=${b}`);
    await expect(list.row(b)).toBeVisible();
    await expect(list.row(b)).toContainText("Suspendue");
    await expect(page.getByRole("checkbox", { name: "Suspendue" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Mise à disposition du destinataire" })).toBeChecked();
    await list.goto(`?statut=REJETEE&statut=MANDATEE&numero=${a}`);
    await expect(page.getByText("Aucune facture ne correspond à ces critères")).toBeVisible();
    await list.goto(`?statut=MISE_A_DISPOSITION&numero=${a}&ttcMin=abc`);
    await expect(list.row(a)).toBeVisible();
    await expect(page.getByText(/Certains filtres ont été ignorés/)).toBeVisible();
  });

  test("nouveautés depuis ma dernière visite et vue « À traiter »", async ({ page, loginPage }) => {
    // multi is used by no other recues spec: its last visit is this test's alone.
    const before = uniqueNumber("NV");
    await receiveInvoice({ numero: before });
    await loginPage.goto();
    await loginPage.signInAs("multi");
    const list = new RecuesListPage(page);
    await list.goto();
    await new Promise((r) => setTimeout(r, 1500));
    const after = uniqueNumber("NV");
    await receiveInvoice({ numero: after });
    await list.goto("?vue=nouveautes");
    await expect(page.getByText(/Changements de statut depuis votre dernière visite/)).toBeVisible();
    await expect(list.row(after)).toBeVisible();
    await expect(list.row(before)).toHaveCount(0);
    await page.getByRole("link", { name: "À traiter" }).click();
    await expect(page).toHaveURL(/vue=atraiter/);
    await expect(page.getByRole("link", { name: "À traiter" })).toHaveAttribute("aria-current", "page");
  });
});
