// What the outbox does after a failed send. Pure (unit-tested without a database).
import { isChorusProError, type ChorusProErrorKind } from "@/lib/chorus-pro/errors";
import {
  OUTBOX_BACKOFF_BASE_MS, OUTBOX_BACKOFF_CAP_MS, OUTBOX_MAX_ATTEMPTS, OUTBOX_UNCERTAIN_MIN_DELAY_MS,
} from "@/lib/chorus-pro/inferred";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "uncertain";

export interface OutboxError {
  kind: string;
  httpStatus?: number;
  codeRetour?: number;
  libelle?: string;
  userMessage: string;
  at: string;
}

export interface Decision { status: "pending" | "uncertain" | "failed"; delayMs: number; lastError: OutboxError }

// Refusals that the same request will meet again: final, the person must change something.
const FINAL: ReadonlySet<ChorusProErrorKind> = new Set([
  "business", "service_code_required", "engagement_required", "bad_request", "invalid_request", "forbidden",
  "not_found", "not_acceptable", "payload_too_large", "unsupported_media_type", "technical_account_invalid",
  "technical_account_expired", "credentials_confused",
]);

export function outboxBackoff(attempts: number, retryAfterMs = 0, random = Math.random): number {
  const ceiling = Math.min(OUTBOX_BACKOFF_CAP_MS, OUTBOX_BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  // Half fixed, half jitter: spreads instances without ever retrying immediately.
  return Math.max(retryAfterMs, Math.floor(ceiling / 2 + random() * (ceiling / 2)));
}

export function toOutboxError(err: unknown): OutboxError {
  const at = new Date().toISOString();
  if (isChorusProError(err)) {
    return { kind: err.kind, httpStatus: err.httpStatus, codeRetour: err.codeRetour, libelle: err.libelle, userMessage: err.userMessage, at };
  }
  return { kind: "internal", userMessage: "Erreur interne du portail lors de l'envoi ; un nouvel essai est prévu.", at };
}

export function classifyFailure(err: unknown, attempts: number, random = Math.random): Decision {
  const lastError = toOutboxError(err);
  if (isChorusProError(err) && FINAL.has(err.kind)) return { status: "failed", delayMs: 0, lastError };
  if (attempts >= OUTBOX_MAX_ATTEMPTS) {
    return { status: "failed", delayMs: 0, lastError: { ...lastError, userMessage: `${lastError.userMessage} Envoi abandonné après ${attempts} tentatives.` } };
  }
  const delay = outboxBackoff(attempts, isChorusProError(err) ? (err.retryAfterMs ?? 0) : 0, random);
  // The request may have been applied (timeout, 500/502/504, reply unreadable): never resend
  // before checking Chorus Pro.
  const unknown = isChorusProError(err) && (err.outcomeUnknown || err.kind === "invalid_response");
  if (unknown) return { status: "uncertain", delayMs: Math.max(delay, OUTBOX_UNCERTAIN_MIN_DELAY_MS), lastError };
  return { status: "pending", delayMs: delay, lastError };
}
