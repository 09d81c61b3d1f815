import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { siretOf, uniqueNumber } from "../pages/depot-fixtures";
import { TravauxPages } from "../pages/travaux-pages";

// The whole monthly billing file, each party in its own session and list: the supplier opens the file
// with a projet de décompte mensuel, the MOE issues the état d'acompte, the MOA the état d'acompte
// validé, and the recipient receives it.
test("round trip of a monthly billing file across supplier, MOE, MOA and recipient", async ({ page, loginPage }) => {
  test.setTimeout(240_000);
  const w = new TravauxPages(page);
  const n = uniqueNumber("PDM");
  const moa = await siretOf(26000006);

  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  await page.goto("/factures/travaux/nouvelle");
  await w.deposit({ numero: `${n}A`, siretDestinataire: moa, numeroMarche: "MARCHE-E2E", ht: "10 000,00", tva: "2 000,00", ttc: "12 000,00" });
  await expect(page.getByText("Pièce déposée dans Chorus Pro.")).toBeVisible({ timeout: 60_000 });
  await w.list("FOURNISSEUR", `${n}A`);
  await expect(w.row(`${n}A`)).toContainText("En attente : la maîtrise d'œuvre");

  // Leave the page first: a polling component of the previous persona must not navigate on.
  await page.goto("about:blank");
  await page.context().clearCookies();
  await loginPage.goto();
  await loginPage.signInAs("moe");
  await w.list("MOE", `${n}A`);
  await expect(w.row(`${n}A`)).toContainText("À vous : prendre en compte");
  await w.openPiece(`${n}A`);
  await page.getByRole("button", { name: "Prendre en compte" }).click();
  await expect(page.getByText("Chorus Pro a pris l'action en compte.")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Déposer la pièce suivante" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Déposer la pièce suivante" })).toBeVisible();
  // The MOE admits less than the project: the amount is rectified in its état d'acompte.
  await w.deposit({ numero: `${n}B`, ht: "9 000,00", tva: "1 800,00", ttc: "10 800,00" });
  await expect(page.getByText("Pièce déposée dans Chorus Pro.")).toBeVisible({ timeout: 60_000 });

  // Leave the page first: a polling component of the previous persona must not navigate on.
  await page.goto("about:blank");
  await page.context().clearCookies();
  await loginPage.goto();
  await loginPage.signInAs("moa");
  await w.list("MOA", `${n}B`);
  await expect(w.row(`${n}B`)).toContainText("À vous : prendre en compte");
  await w.openPiece(`${n}B`);
  await page.getByRole("link", { name: "Déposer la pièce suivante" }).click();
  await w.deposit({ numero: `${n}C`, ht: "9 000,00", tva: "1 800,00", ttc: "10 800,00" });
  await expect(page.getByText("Pièce déposée dans Chorus Pro.")).toBeVisible({ timeout: 60_000 });

  // The MOA's structure is also the paying recipient (gestionnaire): the validated état arrives there.
  await w.list("DESTINATAIRE", `${n}C`);
  await expect(w.row(`${n}C`)).toBeVisible();
  await w.openPiece(`${n}C`);
  await expect(page.getByText("Le destinataire traite cette pièce dans l'espace Factures reçues.")).toBeVisible();
  await page.getByRole("link", { name: "Voir le dossier de facturation" }).click();
  await expect(page.getByRole("list", { name: "Pièces du dossier" }).getByRole("listitem")).toHaveCount(3);
  await expectAccessible(page);
});
