import "server-only";
import { isChorusProError } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";

// Upstream down or overloaded: the page says so in French and stays usable (not an error page).
const DOWN = new Set(["unavailable", "bad_gateway", "gateway_timeout", "timeout", "network", "server_error", "rate_limited"]);
export const NOT_FOUND_KINDS = new Set(["business", "not_found", "bad_request"]);

/** The person's message for an expected failure; null for the unexpected (left to error.tsx). */
export function messageOf(err: unknown, t: Messages): string | null {
  if (isChorusProError(err)) return DOWN.has(err.kind) ? t.states.chorusDown : err.userMessage;
  if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return err.userMessage;
  return null;
}
