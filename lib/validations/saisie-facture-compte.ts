// The bank account of a keyed-in invoice (fournisseur.codeCoordonneesBancairesFournisseur of
// soumettre): what the form shows of each account, and the check shared by browser and server.
// Pure and zod-free: the form's client components import it with the first paint.

/** One of the structure's valid accounts as the browser sees it: the IBAN masked, its check done on the server. */
export type CompteBancaireChoix = {
  idCoordonneeBancaire: number;
  nom: string | null;
  iban: { status: "known"; masque: string; valide: boolean } | { status: "none" } | { status: "unavailable" };
};

/** Why the form proposes the account it proposes (said in the field's hint). */
export type CompteParDefaut =
  | { idCoordonneeBancaire: number; raison: "seul" | "premier" }
  | { idCoordonneeBancaire: number; raison: "derniere"; numeroFacture: string; dateDepot: string | null };

export const COMPTE_FIELD = "idCoordonneeBancaire";

export const compteInconnuMessage = (id: number) =>
  `Le compte bancaire n° ${id} n'est pas un compte valide de votre structure dans Chorus Pro : choisissez un compte dans la liste.`;

/**
 * The chosen account must be one of the structure's valid accounts (a forged id, or an account
 * closed since the draft was saved). No choice is allowed: soumettre then names no account.
 */
export function checkCompteBancaire(id: number | null, comptes: readonly { idCoordonneeBancaire: number }[]): Record<string, string[]> {
  if (id === null || comptes.some((c) => c.idCoordonneeBancaire === id)) return {};
  return { [COMPTE_FIELD]: [compteInconnuMessage(id)] };
}

/** The account chosen for a new or reopened form: the draft's when it still has one, else the default. */
export function initialCompte(saved: number | null, defaut: CompteParDefaut | null): number | null {
  return saved ?? defaut?.idCoordonneeBancaire ?? null;
}

/**
 * Whether the form shows the « Compte bancaire » field: not when the accounts could not be read
 * (null) nor when the structure has none — then soumettre names no account — unless a draft still
 * holds one, which must stay visible to be replaced.
 */
export function showCompteField(comptes: readonly unknown[] | null, value: number | null): boolean {
  return comptes !== null && (comptes.length > 0 || value !== null);
}
