import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import {
  consulterFactureValideur, consulterHistoriqueFacture, isChorusProError, recupererMotifsRefusFactureAValider,
  type ChorusContext, type FactureDetail, type HistoriqueFacture,
} from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import { logger } from "@/lib/log";
import { NOT_FOUND_KINDS, messageOf } from "./errors";

export type Motif = { code: string; libelle: string };

export type DetailData =
  | { kind: "ok"; detail: FactureDetail; history: HistoriqueFacture | null; historyError: string | null }
  | { kind: "not_found" }
  | { kind: "error"; message: string };

/**
 * consulter/valideur with the structure's own technical account: an id the structure does not
 * validate (forged, another structure's) is a business error upstream → "introuvable", no leak.
 */
export async function loadDetail(rattachement: Rattachement, id: number, t: Messages): Promise<DetailData> {
  let ctx: ChorusContext;
  try {
    ctx = await chorusContextFor(rattachement);
  } catch (err) {
    const message = messageOf(err, t);
    if (message) return { kind: "error", message };
    throw err;
  }
  const [detail, history] = await Promise.allSettled([
    consulterFactureValideur(ctx, { identifiantFactureCPP: id }),
    consulterHistoriqueFacture(ctx, { idFacture: id }),
  ]);
  if (detail.status === "rejected") {
    const err: unknown = detail.reason;
    if (isChorusProError(err) && NOT_FOUND_KINDS.has(err.kind)) return { kind: "not_found" };
    const message = messageOf(err, t);
    if (message) return { kind: "error", message };
    throw err;
  }
  if (history.status === "rejected") return { kind: "ok", detail: detail.value, history: null, historyError: messageOf(history.reason, t) ?? t.states.errorBody };
  return { kind: "ok", detail: detail.value, history: history.value, historyError: null };
}

/** Refusal motifs for a cadre (transverses recuperer/motifs/refus/Facture/AValider); [] when unavailable. */
export async function loadMotifs(rattachement: Rattachement, cadre: string | undefined): Promise<Motif[]> {
  try {
    const ctx = await chorusContextFor(rattachement);
    const list = await recupererMotifsRefusFactureAValider(ctx, cadre ? { codeCadreFacturationAValider: cadre } : {});
    return list.flatMap((m) => (m.codeMotif ? [{ code: m.codeMotif, libelle: m.libelleMotif ?? m.codeMotif }] : []));
  } catch (err) {
    logger.warn({ err }, "factures à valider: refusal motifs unavailable");
    return [];
  }
}
