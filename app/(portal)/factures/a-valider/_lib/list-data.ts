import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import {
  recupererStatutsFactureVisiblesValideur, rechercherFacturesATraiterValideur, rechercherFacturesValideur,
  type ChorusContext, type FactureAValider, type Pagination,
} from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import { logger } from "@/lib/log";
import { toValideurRequest } from "@/lib/queries/factures-a-valider";
import { parseListParams, type ListState, type RawParams } from "@/lib/validations/factures-a-valider-search";
import { messageOf } from "@/lib/factures/page-errors";

export type ListData =
  | { ok: true; state: ListState; visibles: string[]; items: FactureAValider[]; pagination: Pagination }
  | { ok: false; state: ListState; visibles: string[]; message: string };

// Used when recuperer/statutsFactureVisibles/valideur fails: the statuses LIFECYCLE §3 names.
const FALLBACK_VISIBLES = ["A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "ABSENCE_VALIDATION_1_HORS_DELAI", "A_VALIDER_2", "VALIDEE_2", "REFUSEE_2", "ERREUR_COTRAITANT_SUR_VALIDEUR", "ABSENCE_VALIDATION_2_HORS_DELAI"];

async function visiblesOf(ctx: ChorusContext): Promise<string[]> {
  try {
    const list = await recupererStatutsFactureVisiblesValideur(ctx, {});
    return list.length ? list : FALLBACK_VISIBLES;
  } catch (err) {
    logger.warn({ err }, "factures à valider: visible statuses unavailable, using the documented list");
    return FALLBACK_VISIBLES;
  }
}

/** Two upstream calls at most (visible statuses, then one page of invoices), never one per row. */
export async function loadList(rattachement: Rattachement, raw: RawParams, t: Messages): Promise<ListData> {
  let state = parseListParams(raw);
  let visibles = FALLBACK_VISIBLES;
  try {
    const ctx = await chorusContextFor(rattachement);
    visibles = await visiblesOf(ctx);
    state = parseListParams(raw, visibles);
    const req = toValideurRequest(state, rattachement.idStructureCPP);
    const empty = { items: [], pagination: { pageCourante: 1, pages: 0, nbResultatsParPage: state.size, total: 0 } };
    const page = req.op === "aTraiter"
      ? await rechercherFacturesATraiterValideur(ctx, req.body)
      : req.empty ? empty : await rechercherFacturesValideur(ctx, req.body);
    return { ok: true, state, visibles, items: page.items, pagination: page.pagination };
  } catch (err) {
    const message = messageOf(err, t);
    if (message) return { ok: false, state, visibles, message };
    logger.error({ err }, "factures à valider: list failed");
    throw err;
  }
}

/** The review queue: every invoice awaiting the decision (one upstream call, up to 100). */
export async function loadQueue(rattachement: Rattachement, t: Messages): Promise<{ ok: true; items: FactureAValider[]; total: number } | { ok: false; message: string }> {
  try {
    const ctx = await chorusContextFor(rattachement);
    const page = await rechercherFacturesATraiterValideur(ctx, {
      idStructure: rattachement.idStructureCPP,
      pagination: { pageResultatDemandee: 1, nbResultatsParPage: 100, triColonne: "DateDepot", triSens: "Ascendant" },
    });
    return { ok: true, items: page.items, total: page.pagination.total };
  } catch (err) {
    const message = messageOf(err, t);
    if (message) return { ok: false, message };
    throw err;
  }
}
