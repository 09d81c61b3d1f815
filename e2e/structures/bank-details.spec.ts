import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { BankDetailsPage } from "./bank-details-page";

// Sandbox data (sandbox/README.md, bank details): ACME FOURNITURES (27000001) has « Compte principal »
// (valid IBAN) and « Compte affacturage », whose IBAN check digits were transposed (FR67 instead of FR76).
const ACME = 27000001;
const COMMUNE = 26000001;
const RIB_PRINCIPAL = ACME * 10 + 9;

test("a supplier sees each bank account with its IBAN, where it was read, and the invalid one flagged with what to do", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const bank = new BankDetailsPage(page);
  await bank.goto();
  await expect(bank.accounts()).toBeVisible({ timeout: 30_000 });
  const main = bank.account("Compte principal");
  await expect(main.getByText("FR76 3000 6000 0100 0270 0000 196")).toBeVisible();
  await expect(main.getByText(/Lu sur la facture .+ déposée le \d{2}\/\d{2}\/\d{4}\./)).toBeVisible();
  await expect(main.getByText("AGRIFRPP")).toBeVisible();
  await expect(main.getByText("IBAN invalide")).toHaveCount(0);
  const second = bank.account("Compte affacturage");
  await expect(second.getByText("FR67 3000 3036 2000 0202 6145 087")).toBeVisible();
  await expect(second.getByText("IBAN invalide", { exact: true })).toBeVisible();
  await expect(second.getByRole("heading", { name: "IBAN invalide : sa clé de contrôle ne correspond pas" })).toBeVisible();
  await expect(second.getByText(/sera rejeté par la banque : corrigez les coordonnées bancaires de ce compte dans Chorus Pro avant votre prochaine facture/)).toBeVisible();
  await expect(second.getByRole("link", { name: /^Voir la facture / })).toBeVisible();
  await expectAccessible(page);
});

test("a bank account's RIB and the structure's Kbis download as real PDFs, by keyboard too", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const bank = new BankDetailsPage(page);
  await bank.goto();
  await expect(bank.accounts()).toBeVisible({ timeout: 30_000 });
  const rib = await bank.download("Télécharger RIB-compte-affacturage.pdf");
  expect(rib.download.suggestedFilename()).toBe("RIB-compte-affacturage.pdf");
  expect(rib.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const link = page.getByRole("link", { name: "Télécharger kbis.pdf" });
  await link.focus();
  const [kbis] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(kbis.suggestedFilename()).toBe("kbis.pdf");
  const res = await page.request.get(`/api/structures/pieces-jointes/${RIB_PRINCIPAL * 100 + 2}?structure=${ACME}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toContain('filename="RIB-compte-principal.pdf"');
  expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expectAccessible(page);
});

test("another structure's attachment is refused, a malformed or unknown id explained in French", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  const foreign = await page.request.get(`/api/structures/pieces-jointes/${RIB_PRINCIPAL * 100 + 2}?structure=${COMMUNE}`);
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.message).toMatch(/droits/);
  const bad = await page.request.get(`/api/structures/pieces-jointes/abc?structure=${ACME}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/Identifiant de pièce jointe invalide/);
  const unknown = await page.request.get(`/api/structures/pieces-jointes/123456?structure=${ACME}`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.message).toMatch(/Pièce jointe introuvable/);
});

test("a public recipient has no bank account: the empty state says so", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("gestionnaire");
  const bank = new BankDetailsPage(page);
  await bank.goto();
  await expect(page.getByText("Aucune coordonnée bancaire valide n'est enregistrée pour cette structure.")).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});
