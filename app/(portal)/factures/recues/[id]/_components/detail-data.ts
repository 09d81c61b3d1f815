import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import { consulterFactureRecipiendaire, consulterHistoriqueFacture, isChorusProError, type FactureDetail, type HistoriqueFacture } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import type { Traitement } from "@/lib/validations/factures-recues-traitement";
import { actionsFor } from "../../_components/etats-traitement";

export type DetailData =
  | { kind: "ok"; detail: FactureDetail; history: HistoriqueFacture | null; historyError: string | null; actions: Traitement[] }
  | { kind: "not_found" }
  | { kind: "error"; message: string };

// consulter/recipiendaire answers a business error for an invoice the structure did not receive:
// to the person it is simply "introuvable", whoever's invoice it is (a forged id leaks nothing).
const NOT_FOUND = new Set(["business", "not_found", "bad_request"]);
const DOWN = new Set(["unavailable", "bad_gateway", "gateway_timeout", "timeout", "network", "server_error", "rate_limited"]);

const messageOf = (err: unknown, t: Messages) =>
  isChorusProError(err) ? (DOWN.has(err.kind) ? t.states.chorusDown : err.userMessage)
    : err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string" ? err.userMessage : null;

/** Detail and history in parallel, then the actions the current status allows. */
export async function loadDetail(rattachement: Rattachement, id: number, t: Messages): Promise<DetailData> {
  let ctx;
  try {
    ctx = await chorusContextFor(rattachement);
  } catch (err) {
    const message = messageOf(err, t);
    if (message) return { kind: "error", message };
    throw err;
  }
  const [detail, history] = await Promise.allSettled([
    consulterFactureRecipiendaire(ctx, { identifiantFactureCPP: id }),
    consulterHistoriqueFacture(ctx, { idFacture: id }),
  ]);
  if (detail.status === "rejected") {
    const err: unknown = detail.reason;
    if (isChorusProError(err) && NOT_FOUND.has(err.kind)) return { kind: "not_found" };
    const message = messageOf(err, t);
    if (message) return { kind: "error", message };
    throw err;
  }
  const actions = await actionsFor(ctx, detail.value.statutFacture);
  if (history.status === "rejected") return { kind: "ok", detail: detail.value, history: null, historyError: messageOf(history.reason, t) ?? t.states.errorBody, actions };
  return { kind: "ok", detail: detail.value, history: history.value, historyError: null, actions };
}
