import "server-only";
import type { ChorusContext } from "@/lib/chorus-pro";
import { formatDate, type FormatLocale } from "@/lib/format";
import { maskIban } from "@/lib/format/iban-mask";
import { format, type Messages } from "@/lib/i18n";
import { defaultAccount, loadBankAccounts, type BankAccount } from "@/lib/structures/bank-details";
import type { CompteBancaireChoix, CompteParDefaut } from "@/lib/validations/saisie-facture-compte";

export type Comptes = { comptes: CompteBancaireChoix[]; defaut: CompteParDefaut | null };

/** What the browser may see of an account: its name and its IBAN masked, the mod-97 check already done. */
export function toChoix(a: BankAccount): CompteBancaireChoix {
  const iban: CompteBancaireChoix["iban"] = a.iban.status === "known" ? { status: "known", masque: maskIban(a.iban.iban), valide: a.iban.valid } : { status: a.iban.status };
  return { idCoordonneeBancaire: a.idCoordonneeBancaire, nom: a.nom, iban };
}

/** The structure's valid accounts for the « Compte bancaire » select, and the one it proposes. */
export async function loadComptes(ctx: ChorusContext, idStructureCPP: number): Promise<Comptes> {
  const accounts = await loadBankAccounts(ctx, idStructureCPP);
  const d = defaultAccount(accounts);
  const defaut: CompteParDefaut | null = !d ? null
    : d.reason === "last" ? { idCoordonneeBancaire: d.idCoordonneeBancaire, raison: "derniere", numeroFacture: d.numeroFacture, dateDepot: d.dateDepot }
    : { idCoordonneeBancaire: d.idCoordonneeBancaire, raison: d.reason === "only" ? "seul" : "premier" };
  return { comptes: accounts.map(toChoix), defaut };
}

/** The field's hint: which account is proposed, and why. */
export function compteHint(defaut: CompteParDefaut | null, t: Messages["saisie"], locale: FormatLocale): string | null {
  if (!defaut) return null;
  if (defaut.raison !== "derniere") return defaut.raison === "seul" ? t.compteHintSeul : t.compteHintPremier;
  const date = formatDate(defaut.dateDepot, locale);
  return date ? format(t.compteHintDerniere, { numero: defaut.numeroFacture, date }) : format(t.compteHintDerniereSansDate, { numero: defaut.numeroFacture });
}
