import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { COMPTES, CompteBancaireField, submitForged, validForm } from "../pages/compte-bancaire";
import { EmisesDetailPage } from "../pages/emises-detail";
import { SaisiePage, uniqueNumber } from "../pages/saisie-page";

// The supplier says which of its bank accounts the invoice is to be paid to
// (fournisseur.codeCoordonneesBancairesFournisseur); a wrong IBAN is said, not blocked.

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

const parisToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

test("chooses the second account, sees its invalid IBAN beside the field and above « Envoyer », sends, the detail shows the account", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const compte = new CompteBancaireField(page);
  await saisie.goto();
  // ACME has two accounts: both listed with their name and masked IBAN; the proposal is explained.
  await expect(compte.select().locator("option")).toHaveText([/^Compte principal — FR\d\d •••• … \w{4}$/, /^Compte affacturage — FR\d\d •••• … \w{4} \(IBAN invalide\)$/]);
  await expect(compte.select()).toHaveAccessibleDescription(/Proposé : le (compte de votre dernière facture|premier compte)/);

  await compte.choose(COMPTES.affacturage);
  await expect(compte.ibanWarnings()).toHaveCount(2);
  await expect(compte.ibanWarnings().first()).toContainText("Corrigez les coordonnées bancaires dans Chorus Pro avant d'envoyer la facture");
  // The warning is part of the field's description, so a screen reader hears it with the field.
  await expect(compte.select()).toHaveAccessibleDescription(/IBAN invalide : FR\d\d/);
  await expect(page.getByRole("link", { name: "Voir les coordonnées bancaires de la structure" }).first()).toHaveAttribute("href", "/structures");
  await expectAccessible(page);

  await saisie.chooseRecipient("SANS CONTRAINTE", "ETABLISSEMENT PUBLIC SANS CONTRAINTE");
  const numero = uniqueNumber("CB-");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.fillLines([{ denomination: "Affacturage", quantite: "2", prix: "50", taux: "TVA20" }]);
  // Not blocked: Chorus Pro accepts the invoice, the warning was said.
  await saisie.submitButton().click();
  const id = await saisie.expectDeposited();
  expect(await SaisiePage.countInSandbox(numero)).toBe(1);

  const detail = new EmisesDetailPage(page);
  await detail.goto(id);
  await detail.expectInvoice(numero);
  const account = page.getByTestId("compte-bancaire");
  await expect(account).toContainText("Compte affacturage");
  await expect(account).toContainText(/FR\d\d 3000 3036 2000 0202 6145 0\d\d/);
  await expect(account).toContainText("IBAN invalide");
  await expect(account).toContainText("BIC SOGEFRPP");
});

test("with the keyboard only: the main account, no warning, sent, shown on the detail", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const compte = new CompteBancaireField(page);
  await saisie.goto();
  await saisie.chooseRecipient("SANS CONTRAINTE", "ETABLISSEMENT PUBLIC SANS CONTRAINTE");
  const kb = page.keyboard;
  const numero = uniqueNumber("CBK-");
  await saisie.field("Numéro de facture").fill(numero);
  await saisie.line(1).getByLabel("Désignation").fill("Audit clavier");
  await saisie.line(1).getByLabel("Prix unitaire HT").fill("80");

  // Tab to the select, then arrows (a closed native select changes its value with them). Two
  // accounts: ArrowUp lands on the first whichever one was proposed.
  await saisie.field("Mode de paiement").focus();
  for (let i = 0; i < 10 && !(await compte.select().evaluate((el) => el === document.activeElement)); i++) await kb.press("Tab");
  await expect(compte.select()).toBeFocused();
  await kb.press("ArrowUp");
  await expect(compte.select()).toHaveValue(String(COMPTES.principal));
  await kb.press("ArrowDown");
  await expect(compte.select()).toHaveValue(String(COMPTES.affacturage));
  await expect(compte.ibanWarnings()).toHaveCount(2);
  await kb.press("ArrowUp");
  await expect(compte.select()).toHaveValue(String(COMPTES.principal));
  await expect(compte.ibanWarnings()).toHaveCount(0);
  await expect(page.getByTestId("paiement-sur")).toHaveText(/^Paiement attendu sur : Compte principal — FR\d\d •••• … \w{4}$/);
  await expectAccessible(page);

  const submit = saisie.submitButton();
  for (let i = 0; i < 40 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await kb.press("Tab");
  await expect(submit).toBeFocused();
  await kb.press("Enter");
  const id = await saisie.expectDeposited();
  await new EmisesDetailPage(page).goto(id);
  const account = page.getByTestId("compte-bancaire");
  await expect(account).toContainText("Compte principal");
  await expect(account).not.toContainText("IBAN invalide");
});

test("an account that is not the structure's is refused beside the field, in the browser and on the server; nothing is sent", async ({ page }) => {
  const saisie = new SaisiePage(page);
  const compte = new CompteBancaireField(page);
  await saisie.goto();
  // A forged option (another structure's account) typed into the page: the form flags it at once.
  await compte.select().evaluate((el, id) => {
    const o = document.createElement("option");
    o.value = String(id);
    o.textContent = "Compte forgé";
    el.appendChild(o);
  }, COMPTES.batiPrincipal);
  await compte.choose(COMPTES.batiPrincipal);
  await saisie.submitButton().click();
  await expect(compte.select()).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(`Le compte bancaire n° ${COMPTES.batiPrincipal} n'est pas un compte valide de votre structure dans Chorus Pro`)).toBeVisible();
  await expectAccessible(page);

  // The same id sent straight to the server action: refused there too, nothing reaches Chorus Pro.
  const numero = uniqueNumber("CBF-");
  const body = await submitForged(page, { ...(await validForm(numero, parisToday())), idCoordonneeBancaire: COMPTES.batiPrincipal });
  expect(body).toContain('"state":"invalid"');
  expect(body).toContain(`Le compte bancaire n° ${COMPTES.batiPrincipal} n'est pas un compte valide de votre structure`);
  expect(await SaisiePage.countInSandbox(numero)).toBe(0);
  // And the same form with a real account of the structure does leave (the refusal was the account's).
  const ok = await submitForged(page, { ...(await validForm(numero, parisToday())), idCoordonneeBancaire: COMPTES.principal });
  expect(ok).not.toContain('"state":"invalid"');
  await expect.poll(() => SaisiePage.countInSandbox(numero), { timeout: 45_000 }).toBe(1);
});
