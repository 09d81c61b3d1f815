import { expect, type Page } from "@playwright/test";
import { callAction, listServerActions } from "../security/server-actions";
import { SaisiePage } from "./saisie-page";

// The « Compte bancaire » select of the key-in form and the sandbox's fixed accounts (sandbox/README.md:
// « Compte principal » = id × 10 + 9, valid IBAN; ACME's « Compte affacturage » = id × 10 + 8, wrong check digits).
export const ACME = 27000001;
export const COMPTES = { principal: ACME * 10 + 9, affacturage: ACME * 10 + 8, batiPrincipal: 27000002 * 10 + 9 } as const;

export class CompteBancaireField {
  constructor(readonly page: Page) {}

  select() {
    return this.page.getByLabel("Compte bancaire", { exact: true });
  }

  /** The invalid-IBAN warnings: beside the field, and again above « Envoyer à Chorus Pro ». */
  ibanWarnings() {
    return this.page.getByText(/IBAN invalide : FR\d\d •••• … \w{4} ne passe pas le contrôle de clé/);
  }

  async choose(idCoordonneeBancaire: number) {
    await this.select().selectOption(String(idCoordonneeBancaire));
    await expect(this.select()).toHaveValue(String(idCoordonneeBancaire));
  }
}

/**
 * submitInvoiceAction called over HTTP as the browser would, with a forged form (what a person who
 * edits the page's requests could send): the raw RSC answer.
 */
export async function submitForged(page: Page, data: Record<string, unknown>): Promise<string> {
  const ref = listServerActions().find((a) => a.file.endsWith("factures/emises/nouvelle/actions.ts") && a.name === "submitInvoiceAction");
  if (!ref) throw new Error("submitInvoiceAction not in the build's manifest");
  return callAction(page.request, ref, [{ idStructureCPP: ACME, draftId: null, data }]);
}

/** A complete, valid form to ETABLISSEMENT PUBLIC SANS CONTRAINTE (no routing constraint). */
export async function validForm(numeroFacture: string, today: string) {
  const siret = await SaisiePage.siretOf(26000004);
  return {
    destinataire: { siret, idStructureCPP: 26000004, nom: "ETABLISSEMENT PUBLIC SANS CONTRAINTE", codeServiceExecutant: "" },
    numeroFacture, dateFacture: today,
    lignes: [{ reference: "", denomination: "Prestation", quantite: "1", unite: "", prixUnitaireHT: "100", remiseHT: "", tauxTva: "TVA20" }],
  };
}
