import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { awaitOutcome, getOutboxEntry, type OutboxEntry } from "@/lib/outbox/queue";

/** `id` of a write still queued: the form polls writeStatusAction with it. */
export type WriteOutcome = { status: "sent" | "pending" | "failed"; id?: string; message?: string; libelle?: string; result?: unknown; fieldErrors?: Record<string, string[]> };

export const STRUCTURE_WRITES = ["organisations.parametresEdi", "organisations.creerService"] as const;

const duplicate = (code: string) => `Le code service « ${code} » est déjà utilisé dans cette structure. Choisissez un autre code.`;

/** The outcome as the forms show it; a code taken meanwhile (another admin) gets the message beside the field. */
export function outcomeOfEntry(id: string, e: OutboxEntry | null): WriteOutcome {
  if (!e || (e.status !== "sent" && e.status !== "failed")) return { status: "pending", id };
  if (e.status === "sent") return { status: "sent", result: e.result };
  if (e.kind === "organisations.creerService" && e.subjectId && /CodeServiceAlreadyExists/i.test(e.lastError?.libelle ?? "")) {
    return { status: "failed", message: duplicate(e.subjectId), fieldErrors: { codeService: [duplicate(e.subjectId)] } };
  }
  return { status: "failed", message: e.lastError?.userMessage, ...(e.lastError?.libelle ? { libelle: e.lastError.libelle } : {}) };
}

export { duplicate as duplicateServiceCode };

/** Waits a few seconds for the worker; a write still queued after that is not an error. */
export async function outcomeOf(id: string, ms = 8_000): Promise<WriteOutcome> {
  return outcomeOfEntry(id, await awaitOutcome(id, ms));
}

/** The caller's own structure write (an outbox id is not a capability); null for any other id. */
export async function ownWrite(id: string, accountId: string, idStructureCPP: number): Promise<OutboxEntry | null> {
  const [row] = await getDb().select({ id: outbox.id }).from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.accountId, accountId), eq(outbox.idStructureCPP, idStructureCPP), inArray(outbox.kind, [...STRUCTURE_WRITES]))).limit(1);
  return row ? getOutboxEntry(id) : null;
}
