import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { minimalPdf, siretOf, uniqueNumber } from "../pages/depot-fixtures";
import { DepotPage } from "../pages/depot-page";

test("a PDF invoice is uploaded with progress, completed and submitted (ajouter/fichier then soumettre)", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const depot = new DepotPage(page);
  await page.goto("/factures/emises/deposer");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Déposer un PDF" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Déposer une facture PDF" })).toBeVisible();
  const numero = uniqueNumber("PDF");
  await depot.choose(`${numero}.pdf`, minimalPdf(), "application/pdf");
  await expect(depot.received()).toBeVisible();
  await page.getByLabel("SIRET du destinataire public").fill(await siretOf(26000004));
  await page.getByLabel("Numéro de facture").fill(numero);
  await page.getByLabel("Date de facture").fill("2026-11-20");
  await page.getByLabel("Montant HT").fill("100,00");
  await page.getByLabel("Montant TVA").fill("20,00");
  await page.getByLabel("Montant TTC").fill("130,00");
  await page.getByRole("button", { name: "Envoyer la facture" }).click();
  await expect(page.getByText("Le montant TTC doit être égal au montant HT plus la TVA.")).toBeVisible();
  await page.getByLabel("Montant TTC").fill("120,00");
  await page.getByRole("button", { name: "Envoyer la facture" }).click();
  await expect(page.getByText(new RegExp(`Facture déposée : n° ${numero}`))).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});

test("a PDF that is not one is refused before anything is sent", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const depot = new DepotPage(page);
  await depot.gotoPdf();
  await depot.choose("facture.pdf", Buffer.from("PK\u0003\u0004 not a pdf"), "application/pdf");
  await expect(depot.fileError()).toContainText("ne correspond pas à son extension .pdf");
});
