// Helpers shared by the API modules: lenient zod scalars (CONTRACT §8: ids/amounts sometimes sent as strings),
// the current user, invoice access per space (forged ids → the same "unknown" error, never a leak), pagination.
import { z } from "zod";
import type { CproCtx } from "../http/router";
import { BusinessError } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { LIMITS } from "../model/limits";
import { isParty } from "../model/travaux-rules";
import type { Invoice, User } from "../model/types";

const numeric = /^-?\d+(\.\d+)?$/;
export const zNum = z.union([z.number(), z.string().trim().regex(numeric).transform(Number)]);
export const zInt = z.union([z.number().int(), z.string().trim().regex(/^-?\d+$/).transform(Number)]);
export const zBool = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);
export const zStr = z.string();
/** Optional fields: null counts as absent (Java clients send nulls). */
export const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => (v === null ? undefined : v));

export function currentUser(ctx: CproCtx, idUtilisateurCourant: number | undefined): User {
  if (idUtilisateurCourant !== undefined) {
    const u = ctx.ns.users.get(idUtilisateurCourant);
    if (!u || !u.rattachements.some((r) => r.idStructureCPP === ctx.structure.idStructureCPP)) throw new BusinessError("USER_UNKNOWN");
    return u;
  }
  // INFERRED (CONTRACT §4.4): no idUtilisateurCourant → first user attached to the account's structure.
  const first = ctx.ns.usersOf(ctx.structure.idStructureCPP)[0];
  if (!first) throw new BusinessError("USER_UNKNOWN");
  void INFERRED.currentUserFallback;
  return first;
}

export type Space = "fournisseur" | "recipiendaire" | "valideur" | "any";

export function canSee(space: Space, inv: Invoice, idStructure: number): boolean {
  const supplier = inv.idFournisseur === idStructure;
  const recipient = inv.idDestinataire === idStructure && inv.visibleDestinataire;
  const validator = inv.idValideur === idStructure;
  if (space === "fournisseur") return supplier;
  if (space === "recipiendaire") return recipient;
  if (space === "valideur") return validator;
  return supplier || recipient || validator;
}

/**
 * What telecharger/groupe and telecharger/pieceJointe serve: any payment request the structure sees. A works
 * piece (typeDemandePaiement FACTURE_TRAVAUX) is a payment request too, seen by every party of its billing
 * file — the MOE and the MOA included, which the three invoice spaces do not know.
 */
export function canDownload(inv: Invoice, idStructure: number): boolean {
  return canSee("any", inv, idStructure) || (inv.typeDemandePaiement === "FACTURE_TRAVAUX" && isParty(inv, idStructure));
}

export function invoiceFor(ctx: CproCtx, space: Space, id: number | undefined): Invoice {
  const inv = id === undefined ? undefined : ctx.ns.invoices.get(id);
  if (!inv || !canSee(space, inv, ctx.structure.idStructureCPP)) throw new BusinessError("DP_UNKNOWN", id === undefined ? "identifiant absent" : undefined);
  return inv;
}

export const zPagination = z
  .object({
    pageResultatDemandee: opt(zInt),
    nbResultatsParPage: opt(zInt),
    triColonne: opt(zStr),
    triSens: opt(zStr),
    // INFERRED (CONTRACT §4.0): GO sends "triSense"; accept it, never emit it.
    triSense: opt(zStr),
    nbResultatsMaximum: opt(zInt),
    getnbResultatsMaximum: opt(zInt),
  })
  .loose();

export interface Page { page: number; size: number; column?: string; descending: boolean; max?: number }

export function page(p: z.infer<typeof zPagination> | undefined): Page {
  const sens = (p?.triSens ?? p?.triSense ?? "").trim();
  return {
    page: Math.max(1, p?.pageResultatDemandee ?? 1),
    size: Math.min(LIMITS.maxPageSize, Math.max(1, p?.nbResultatsParPage ?? 10)),
    column: p?.triColonne ?? undefined,
    descending: sens ? sens === "Descendant" : !p?.triColonne && INFERRED.defaultSort.sens === "Descendant",
    max: p?.nbResultatsMaximum ?? p?.getnbResultatsMaximum ?? undefined,
  };
}

export function parametresRetour(total: number, p: Page) {
  return { pageCourante: p.page, pages: Math.ceil(total / p.size), nbResultatsParPage: p.size, total };
}

/** Drops undefined recursively is not needed (JSON.stringify does it); this only removes empty strings. */
export function userName(u: User | undefined) {
  return u ? { nom: u.nom, prenom: u.prenom, email: u.email, telephone: u.telephone } : undefined;
}
