import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AValiderPage } from "../pages/a-valider-page";
import { BATI, submitForValidation, uniqueNumber } from "../pages/a-valider-seed";
import { callAction, listServerActions } from "../security/server-actions";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("valideur");
});

const decideRef = () => listServerActions().find((a) => a.file.endsWith("a-valider/actions.ts") && a.name === "decideAction")!;

test("validates after confirmation: queued, then Chorus Pro's outcome, and the decision is no longer offered", async ({ page }) => {
  const numero = uniqueNumber("VAL");
  const id = await submitForValidation({ numero });
  const av = new AValiderPage(page);
  await av.gotoDetail(id);
  await page.getByRole("button", { name: "Valider la facture" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Valider la facture ${numero} ?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Valider", exact: true }).click();
  await expect(av.outcome()).toContainText(/Facture validée|attente/, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByText(/n'attend plus de décision de votre part/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Valider la facture" })).toHaveCount(0);

  // The server refuses it too (a decision the status no longer allows), in French, nothing queued.
  const body = await callAction(page.request, decideRef(), [{ idFacture: id, idStructureCPP: 27000004, requestId: crypto.randomUUID(), decision: "VALIDATION" }]);
  expect(body).toContain("attend plus de décision");
});

test("a refusal without motif or comment is refused beside each field; with both it is recorded", async ({ page }) => {
  const numero = uniqueNumber("REF");
  const id = await submitForValidation({ numero });
  const av = new AValiderPage(page);
  await av.gotoDetail(id);
  await page.getByRole("button", { name: "Refuser la facture" }).click();
  await expect(page.getByLabel("Motif du refus")).toBeFocused();
  await page.getByRole("button", { name: "Envoyer le refus" }).click();
  await expect(page.getByText("Choisissez le motif du refus.")).toBeVisible();
  await expect(page.getByText(/le commentaire est obligatoire/)).toBeVisible();
  await expect(page.getByLabel("Motif du refus")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  // Nothing half-done: the invoice still awaits the decision.
  await page.reload();
  await expect(page.getByRole("button", { name: "Refuser la facture" })).toBeVisible();

  await page.getByRole("button", { name: "Refuser la facture" }).click();
  await page.getByLabel("Motif du refus").selectOption("AUT_MOTIF_ERR_VALIDEUR");
  await page.getByLabel("Commentaire pour le fournisseur").fill("Travaux non réalisés à ce jour.");
  await page.getByRole("button", { name: "Envoyer le refus" }).click();
  await expect(av.outcome()).toContainText(/Refus enregistré|attente/, { timeout: 30_000 });
});

test("a forged id and a refusal sent without motif are refused by the server, in French, without a 500", async ({ page }) => {
  const other = await submitForValidation({ numero: uniqueNumber("FRG"), validator: BATI });
  const ref = decideRef();
  const forged = await callAction(page.request, ref, [{ idFacture: other, idStructureCPP: 27000004, requestId: crypto.randomUUID(), decision: "VALIDATION" }]);
  expect(forged).toMatch(/^200 /);
  expect(forged).toContain("Facture introuvable parmi celles que votre structure doit valider");
  const noMotif = await callAction(page.request, ref, [{ idFacture: other, idStructureCPP: 27000004, requestId: crypto.randomUUID(), decision: "REFUS" }]);
  expect(noMotif).toContain("Choisissez le motif du refus.");
  const foreign = await callAction(page.request, ref, [{ idFacture: other, idStructureCPP: BATI, requestId: crypto.randomUUID(), decision: "VALIDATION" }]);
  expect(foreign).toContain('"code":"forbidden"');
});
