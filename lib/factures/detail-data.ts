import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import { consulterHistoriqueFacture, isChorusProError, type FactureDetail, type HistoriqueFacture } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import { NOT_FOUND_KINDS, messageOf } from "./page-errors";
import type { InvoiceSpace } from "./spaces";

type SpaceContext = Awaited<ReturnType<typeof chorusContextFor>>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "nothing more" is the default
export type DetailData<Extra extends object = {}> =
  | ({ kind: "ok"; detail: FactureDetail; history: HistoriqueFacture | null; historyError: string | null } & Extra)
  | { kind: "not_found" }
  | { kind: "error"; message: string };

/**
 * Detail and history of one invoice in parallel (two calls), through the space's own consulter
 * with the structure's technical account: an id the structure does not see in that capacity
 * (forged, another structure's) is a business error upstream → "introuvable", whoever's invoice it
 * is. The history failing alone leaves the detail shown. `extra` adds what a space derives from the
 * detail with the same context (the recipient's allowed actions).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- see DetailData
export async function loadInvoiceDetail<Extra extends object = {}>(
  space: Pick<InvoiceSpace, "consulter">, rattachement: Rattachement, id: number, t: Messages,
  extra?: (ctx: SpaceContext, detail: FactureDetail) => Promise<Extra>,
): Promise<DetailData<Extra>> {
  let ctx: SpaceContext;
  try {
    ctx = await chorusContextFor(rattachement);
  } catch (err) {
    const message = messageOf(err, t);
    if (message) return { kind: "error", message };
    throw err;
  }
  const [detail, history] = await Promise.allSettled([
    space.consulter(ctx, { identifiantFactureCPP: id }),
    consulterHistoriqueFacture(ctx, { idFacture: id }),
  ]);
  if (detail.status === "rejected") {
    const err: unknown = detail.reason;
    if (isChorusProError(err) && NOT_FOUND_KINDS.has(err.kind)) return { kind: "not_found" };
    const message = messageOf(err, t);
    if (message) return { kind: "error", message };
    throw err;
  }
  const more = (extra ? await extra(ctx, detail.value) : {}) as Extra;
  if (history.status === "rejected") return { kind: "ok", detail: detail.value, history: null, historyError: messageOf(history.reason, t) ?? t.states.errorBody, ...more };
  return { kind: "ok", detail: detail.value, history: history.value, historyError: null, ...more };
}
