import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import { isChorusProError, rechercherFacturesTravaux, type FactureTravaux, type Pagination } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import { logger } from "@/lib/log";
import { toTravauxSearch } from "@/lib/queries/travaux";
import type { SearchRole, TravauxListState } from "@/lib/validations/travaux-search";

export type TravauxListData = { ok: true; items: FactureTravaux[]; pagination: Pagination } | { ok: false; message: string };

// Upstream down or overloaded: the page says so in French and stays usable (not an error page).
const DOWN = new Set(["unavailable", "bad_gateway", "gateway_timeout", "timeout", "network", "server_error", "rate_limited"]);

/** One page of works pieces in one role: a single upstream call. */
export async function loadTravauxList(r: Rattachement, role: SearchRole, state: TravauxListState, t: Messages): Promise<TravauxListData> {
  try {
    const ctx = await chorusContextFor(r);
    const page = await rechercherFacturesTravaux(ctx, toTravauxSearch(role, state));
    return { ok: true, items: page.items, pagination: page.pagination };
  } catch (err) {
    if (isChorusProError(err)) return { ok: false, message: DOWN.has(err.kind) ? t.states.chorusDown : err.userMessage };
    if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return { ok: false, message: err.userMessage };
    logger.error({ err }, "factures travaux: list failed");
    throw err;
  }
}
