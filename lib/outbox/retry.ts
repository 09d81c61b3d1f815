import "server-only";
// What a manual retry (the admin's « Relancer ») may do with a failed row. A row whose earlier
// attempt may have landed must not go back to 'pending' (sent without any check): it goes back to
// 'uncertain' (checked in Chorus Pro first, or resent when sending twice is harmless), or is refused
// when the portal cannot check it.
import type { OutboxError } from "./classify";
import { SENDERS } from "./senders";

export type RetryDecision = { status: "pending" | "uncertain" } | { refused: string };

export const RETRY_REFUSED_UNCHECKABLE =
  "Cet envoi ne peut pas être relancé d'ici : Chorus Pro ne l'a pas confirmé et le portail ne peut pas vérifier s'il a été pris en compte, un nouvel envoi risquerait donc de l'appliquer deux fois. Vérifiez dans Chorus Pro ; s'il n'y figure pas, refaites l'opération depuis l'écran concerné.";

// Rows recorded before lastError carried outcomeUnknown: their error kind tells the same.
const MAY_HAVE_LANDED = new Set(["outcome_unknown", "timeout", "network", "server_error", "bad_gateway", "gateway_timeout", "invalid_response"]);

export function retryDecision(kind: string, lastError: OutboxError | null): RetryDecision {
  const unknown = lastError?.outcomeUnknown === true || MAY_HAVE_LANDED.has(lastError?.kind ?? "");
  if (!unknown) return { status: "pending" };
  const sender = SENDERS[kind];
  if (sender?.reconcile || sender?.idempotent) return { status: "uncertain" };
  return { refused: RETRY_REFUSED_UNCHECKABLE };
}
