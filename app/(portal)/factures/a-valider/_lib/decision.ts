import "server-only";
import { isChorusProError } from "@/lib/chorus-pro";
import type { OutboxEntry } from "@/lib/outbox/queue";

/** A refusal meant for the person (authedAction shows its userMessage as is). */
export class DecisionError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }

  // consulter/valideur answers a business error for an id the structure does not validate: to the
  // person it is "introuvable", whoever's invoice it is (nothing leaks about other structures).
  static fromLookup(err: unknown): Error {
    if (isChorusProError(err) && ["business", "not_found", "bad_request"].includes(err.kind)) {
      return new DecisionError("Facture introuvable parmi celles que votre structure doit valider : rien n'a été envoyé.");
    }
    return err instanceof Error ? err : new Error(String(err));
  }
}

export type DecisionOutcome = { outboxId: string; status: "sent" | "pending"; statutFacture?: string };

/** sent → the new status; failed → Chorus Pro's message (French); otherwise still queued. */
export function outcomeOf(entry: OutboxEntry | null, outboxId: string): DecisionOutcome {
  if (entry?.status === "failed") throw new DecisionError(entry.lastError?.userMessage ?? "Chorus Pro a refusé la décision.");
  if (entry?.status === "sent") {
    const statut = (entry.result as { statutFacture?: string } | null)?.statutFacture;
    return { outboxId, status: "sent", ...(statut ? { statutFacture: statut } : {}) };
  }
  return { outboxId, status: "pending" };
}
