import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { AValiderPage } from "../pages/a-valider-page";
import { submitForValidation, uniqueNumber } from "../pages/a-valider-seed";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("valideur");
});

test("the review queue is driven by the keyboard alone: help, move, validate, refuse", async ({ page }) => {
  test.setTimeout(120_000);
  const first = uniqueNumber("KB1");
  const second = uniqueNumber("KB2");
  const id1 = await submitForValidation({ numero: first });
  await submitForValidation({ numero: second });
  const av = new AValiderPage(page);
  await page.goto(`/factures/a-valider/revue?id=${id1}`);
  await expect(av.invoiceHeading(first, 2)).toBeVisible();
  await expect(page.getByTestId("review-announcer")).toContainText(first);
  await expectAccessible(page);

  // ? shows the shortcuts, Escape closes them.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Raccourcis clavier" });
  await expect(help).toBeVisible();
  await expect(help.locator("kbd", { hasText: "J" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // J / K move, the heading takes the focus and the live region says where we are.
  await av.reviewTo(second);
  await expect(av.invoiceHeading(second, 2)).toBeFocused();
  await expect(page.getByTestId("review-announcer")).toContainText(second);
  await av.reviewTo(first);
  await expect(av.invoiceHeading(first, 2)).toBeFocused();

  // V asks for confirmation (focus on the confirm button), Enter confirms.
  await page.keyboard.press("v");
  const confirm = page.getByRole("alertdialog", { name: `Valider la facture ${first} ?` });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Valider", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await page.keyboard.press("v");
  await page.keyboard.press("Enter");
  await expect(av.outcome()).toContainText(/Facture validée|attente/, { timeout: 30_000 });
  await expect(page.getByTestId("review-announcer")).toContainText(`Décision enregistrée pour la facture ${first}`);

  // R opens the refusal form with the focus in it; letters typed there never fire shortcuts.
  await av.reviewTo(second);
  await expect(av.invoiceHeading(second, 2)).toBeFocused();
  await page.keyboard.press("r");
  const motif = page.getByLabel("Motif du refus");
  await expect(motif).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("vraiment j'ai refusé ? ok");
  await expect(av.invoiceHeading(second, 2)).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Choisissez le motif du refus.")).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(motif).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(av.outcome()).toContainText(/Refus enregistré|attente/, { timeout: 30_000 });
  await expectAccessible(page);
});

test("Escape leaves the refusal form and gives the focus back to the invoice", async ({ page }) => {
  const numero = uniqueNumber("ESC");
  const id = await submitForValidation({ numero });
  const av = new AValiderPage(page);
  await page.goto(`/factures/a-valider/revue?id=${id}`);
  await expect(av.invoiceHeading(numero, 2)).toBeVisible();
  await page.keyboard.press("R");
  await expect(page.getByLabel("Motif du refus")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Motif du refus")).toHaveCount(0);
  await expect(av.invoiceHeading(numero, 2)).toBeFocused();
  await expect(page.getByRole("button", { name: "Refuser la facture" })).toBeVisible();
});
