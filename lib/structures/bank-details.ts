import "server-only";
import {
  consulterIbanCoordonneeBancaire, recupererCoordonneesBancairesValides,
  type ChorusContext, type IbanCoordonneeBancaire,
} from "@/lib/chorus-pro";
import { isValidIban } from "@/lib/format";
import { logger } from "@/lib/log";

// A structure's valid bank accounts with the IBAN of each, shared by the structure page (which adds
// the RIB attachments) and the key-in form (which lets the supplier choose where to be paid).

export type IbanView =
  | { status: "known"; iban: string; valid: boolean; bic: string | null; source: IbanCoordonneeBancaire["source"] }
  | { status: "none" }
  | { status: "unavailable" };
export type BankAccount = { idCoordonneeBancaire: number; nom: string | null; iban: IbanView };

async function ibanOf(ctx: ChorusContext, idCoordonneeBancaire: number): Promise<IbanView> {
  try {
    const r = await consulterIbanCoordonneeBancaire(ctx, idCoordonneeBancaire);
    return r ? { status: "known", iban: r.iban, valid: isValidIban(r.iban), bic: r.bic, source: r.source } : { status: "none" };
  } catch (err) {
    // One unreadable invoice must not hide the other accounts: this one says « indisponible ».
    logger.warn({ err, idCoordonneeBancaire }, "structures: IBAN lookup failed");
    return { status: "unavailable" };
  }
}

/** The ids and names of the structure's valid accounts (coordbanc/valides), without their IBAN. */
export async function listValidAccounts(ctx: ChorusContext, idStructureCPP: number): Promise<{ idCoordonneeBancaire: number; nom: string | null }[]> {
  const accounts = await recupererCoordonneesBancairesValides(ctx, { idStructure: idStructureCPP });
  return accounts.map((a) => ({ idCoordonneeBancaire: a.idCoordonneeBancaire, nom: a.nomCoordonneeBancaire ?? null }));
}

/**
 * The valid accounts, each with its IBAN (read on the latest invoice paid to it: no operation
 * returns a structure's IBAN) checked with ISO 13616 mod 97.
 */
export async function loadBankAccounts(ctx: ChorusContext, idStructureCPP: number): Promise<BankAccount[]> {
  const accounts = await listValidAccounts(ctx, idStructureCPP);
  const ibans = await Promise.all(accounts.map((a) => ibanOf(ctx, a.idCoordonneeBancaire)));
  return accounts.map((a, i) => ({ ...a, iban: ibans[i] ?? { status: "unavailable" } }));
}

export type DefaultAccount =
  | { idCoordonneeBancaire: number; reason: "only" | "first" }
  | { idCoordonneeBancaire: number; reason: "last"; numeroFacture: string; dateDepot: string | null };

/**
 * The account the key-in form proposes: the only one; else the one paid on the supplier's most
 * recent invoice (each account's IBAN was read on its own latest invoice, so the latest of those is
 * the supplier's latest invoice that named an account); else the first one listed.
 */
export function defaultAccount(accounts: readonly BankAccount[]): DefaultAccount | null {
  const [first] = accounts;
  if (!first) return null;
  if (accounts.length === 1) return { idCoordonneeBancaire: first.idCoordonneeBancaire, reason: "only" };
  let last: { account: BankAccount; source: IbanCoordonneeBancaire["source"] } | null = null;
  for (const account of accounts) {
    if (account.iban.status !== "known") continue;
    const source = account.iban.source;
    // ISO dates compare as strings; the same day goes to the later invoice id (ids grow with time).
    const newer = !last || (source.dateDepot ?? "") > (last.source.dateDepot ?? "")
      || ((source.dateDepot ?? "") === (last.source.dateDepot ?? "") && source.identifiantFactureCPP > last.source.identifiantFactureCPP);
    if (newer) last = { account, source };
  }
  if (!last) return { idCoordonneeBancaire: first.idCoordonneeBancaire, reason: "first" };
  return {
    idCoordonneeBancaire: last.account.idCoordonneeBancaire, reason: "last",
    numeroFacture: last.source.numeroFacture ?? String(last.source.identifiantFactureCPP), dateDepot: last.source.dateDepot,
  };
}
