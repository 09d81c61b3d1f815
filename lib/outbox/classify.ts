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
  /**
   * This attempt or an earlier one of the row may have been applied upstream (timeout, 500/502/504,
   * unreadable reply, worker stopped mid-send). Sticky: the row is never sent again without first
   * checking Chorus Pro, including after the admin's « Relancer ».
   */
  outcomeUnknown?: boolean;
  /** "already exists" refusals met while the outcome was unknown and the check found nothing */
  duplicateChecks?: number;
}

export interface FailureContext {
  /** the row had an unknown outcome before this attempt (status uncertain/sending, or flagged) */
  outcomeWasUnknown?: boolean;
  /** the kind has a check (SENDERS' reconcile): a duplicate refusal can be looked up again */
  checkable?: boolean;
  /** duplicateChecks of the row's previous lastError */
  duplicateChecks?: number;
  random?: () => number;
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

/** The request may have been applied although no answer says so. */
export const mayHaveApplied = (err: unknown) => isChorusProError(err) && (err.outcomeUnknown || err.kind === "invalid_response");

/**
 * A refusal because the write already exists (an invoice number already used). Chorus Pro documents
 * no code for it (the sandbox answers GCU_MSG_01.109 / 20109, an inference): read on the wording.
 */
const DUPLICATE = /d[ée]j[àa]\s+(utilis|exist|d[ée]pos|soumis|enregistr)|existe\s+d[ée]j[àa]|doublon/i;
export const isDuplicateRefusal = (err: unknown) =>
  isChorusProError(err) && err.kind === "business" && DUPLICATE.test(err.libelle ?? "");

/** How many times a duplicate refusal after an unknown outcome sends the row back to a check. */
export const DUPLICATE_RECHECKS = 3;

export function toOutboxError(err: unknown, outcomeWasUnknown = false): OutboxError {
  const at = new Date().toISOString();
  const unknown = outcomeWasUnknown || mayHaveApplied(err) ? { outcomeUnknown: true } : {};
  if (isChorusProError(err)) {
    return { kind: err.kind, httpStatus: err.httpStatus, codeRetour: err.codeRetour, libelle: err.libelle, userMessage: err.userMessage, at, ...unknown };
  }
  return { kind: "internal", userMessage: "Erreur interne du portail lors de l'envoi ; un nouvel essai est prévu.", at, ...unknown };
}

export function classifyFailure(err: unknown, attempts: number, { outcomeWasUnknown = false, checkable = false, duplicateChecks = 0, random = Math.random }: FailureContext = {}): Decision {
  // Once an attempt may have landed, every later failure keeps the row "check before resending":
  // a 429/503 on the resend says nothing about the earlier attempt.
  const unknown = outcomeWasUnknown || mayHaveApplied(err);
  const lastError: OutboxError = { ...toOutboxError(err, unknown), ...(duplicateChecks ? { duplicateChecks } : {}) };
  const giveUp = attempts >= OUTBOX_MAX_ATTEMPTS;
  if (unknown && checkable && isDuplicateRefusal(err)) {
    // "Already exists" after an attempt that may have landed: most likely ours, not yet visible to
    // the search. Check again later, a bounded number of times.
    const checks = duplicateChecks + 1;
    if (checks < DUPLICATE_RECHECKS && !giveUp) {
      return { status: "uncertain", delayMs: Math.max(outboxBackoff(attempts, 0, random), OUTBOX_UNCERTAIN_MIN_DELAY_MS), lastError: { ...lastError, duplicateChecks: checks } };
    }
    return { status: "failed", delayMs: 0, lastError: { ...lastError, duplicateChecks: checks, userMessage: `${lastError.userMessage} ${DUPLICATE_NOT_FOUND}` } };
  }
  if (isChorusProError(err) && FINAL.has(err.kind)) return { status: "failed", delayMs: 0, lastError };
  if (giveUp) {
    return { status: "failed", delayMs: 0, lastError: { ...lastError, userMessage: `${lastError.userMessage} Envoi abandonné après ${attempts} tentatives.` } };
  }
  const delay = outboxBackoff(attempts, isChorusProError(err) ? (err.retryAfterMs ?? 0) : 0, random);
  if (unknown) return { status: "uncertain", delayMs: Math.max(delay, OUTBOX_UNCERTAIN_MIN_DELAY_MS), lastError };
  return { status: "pending", delayMs: delay, lastError };
}

const DUPLICATE_NOT_FOUND = "Un envoi précédent a peut-être abouti, mais le portail ne retrouve pas dans Chorus Pro de pièce correspondante (même numéro, destinataire et montant, déposée depuis la création de l'envoi). Vérifiez dans Chorus Pro avant de relancer ou de changer le numéro.";
