import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { siretOf, uniqueNumber } from "../pages/depot-fixtures";
import { TravauxPages } from "../pages/travaux-pages";

test("a refusal needs a motif; the amount-error rule is explained; the refusal stops the circuit", async ({ page, loginPage }) => {
  test.setTimeout(180_000);
  const w = new TravauxPages(page);
  const n = uniqueNumber("REF");
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  await page.goto("/factures/travaux/nouvelle");
  await w.deposit({ numero: n, siretDestinataire: await siretOf(26000006), numeroMarche: "MARCHE-E2E", ht: "100", tva: "20", ttc: "120" });
  await expect(page.getByText("Pièce déposée dans Chorus Pro.")).toBeVisible({ timeout: 60_000 });

  // Leave the page first: a polling component of the previous persona must not navigate on.
  await page.goto("about:blank");
  await page.context().clearCookies();
  await loginPage.goto();
  await loginPage.signInAs("moe");
  await w.list("MOE", n);
  await w.openPiece(n);
  const form = page.getByRole("form", { name: "Refuser la pièce" });
  await expect(form.getByText("une erreur de montant ne permet plus de refuser")).toBeVisible();
  await form.getByRole("button", { name: "Refuser la pièce" }).click();
  await expect(form.getByText("Choisissez le motif du refus.")).toBeVisible();
  await form.getByLabel("Motif du refus").selectOption("AUTRE");
  await form.getByLabel("Commentaire").fill("Travaux non réalisés");
  await form.getByRole("button", { name: "Refuser la pièce" }).click();
  await expect(page.getByText("Chorus Pro a pris l'action en compte.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Aucune action ne vous revient sur cette pièce à cette étape.")).toBeVisible();
  await expectAccessible(page);
});

test("inconsistent amounts are refused beside the field, nothing is sent", async ({ page, loginPage }) => {
  const w = new TravauxPages(page);
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  await page.goto("/factures/travaux/nouvelle");
  await w.deposit({ numero: uniqueNumber("BAD"), siretDestinataire: await siretOf(26000006), numeroMarche: "M", ht: "100", tva: "20", ttc: "125" });
  await expect(page.getByText("Le montant TTC doit être égal au HT plus la TVA (120,00 €).")).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});

test("a file in anomaly shows what is wrong and, to the party concerned, the action that fixes it", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("moe");
  // Seeded: 9000011 A15 ERREUR_MOE_SUR_MOA (the MOE must recycle its piece).
  await page.goto("/factures/travaux/9000011");
  await expect(page.getByText("Pièce en anomalie")).toBeVisible();
  await expect(page.getByRole("form", { name: "Recycler la pièce" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Voir le dossier de facturation" }).click();
  await expect(page.getByRole("heading", { name: "Anomalies du dossier" })).toBeVisible();
  await expectAccessible(page);
});

test("out of turn: the supplier is offered nothing on a piece waiting for the MOE; a forged id shows the not-found page", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  await page.goto("/factures/travaux/9000004");
  await expect(page.getByText("Aucune action ne vous revient sur cette pièce à cette étape.")).toBeVisible();
  await expectAccessible(page);
  // The piece is read before anything streams: an unknown id answers 404, and so does a billing file's.
  const res = await page.goto("/factures/travaux/999999999");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Facture introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à la liste" })).toBeVisible();
  await expectAccessible(page);
  const file = await page.goto("/factures/travaux/dossiers/999999999");
  expect(file?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Facture introuvable" })).toBeVisible();
});
