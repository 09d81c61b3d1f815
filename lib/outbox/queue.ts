import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import type { OutboxError, OutboxStatus } from "./classify";
import { kickWorker } from "./worker";

export interface EnqueueInput {
  /** operation, e.g. "factures.soumettre" (see SENDERS) */
  kind: string;
  idStructureCPP: number;
  technicalAccountId: string;
  accountId?: string | null;
  idUtilisateurCourant?: number | null;
  /** the request body, as the gateway wrapper takes it */
  payload: unknown;
  /** same key → same row: a double click or a retried action never queues the write twice */
  dedupKey?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
}

export interface OutboxEntry {
  id: string;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  result: unknown;
  lastError: OutboxError | null;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Records a write to Chorus Pro; the worker sends it. Returns the existing row on a dedup hit. */
export async function enqueue(input: EnqueueInput): Promise<{ id: string; created: boolean }> {
  const db = getDb();
  const inserted = await db.insert(outbox).values({
    kind: input.kind, idStructureCPP: input.idStructureCPP, technicalAccountId: input.technicalAccountId,
    accountId: input.accountId ?? null, idUtilisateurCourant: input.idUtilisateurCourant ?? null,
    payload: input.payload, dedupKey: input.dedupKey ?? null, subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null, status: "pending",
    // The worker compares with its own clock (ms); the database default now() has microseconds
    // and could make a fresh row look due a few µs in the future.
    nextAttemptAt: new Date(),
  }).onConflictDoNothing({ target: outbox.dedupKey }).returning({ id: outbox.id });
  const row = inserted[0];
  if (row) { kickWorker(); return { id: row.id, created: true }; }
  const [existing] = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.dedupKey, input.dedupKey ?? "")).limit(1);
  if (!existing) throw new Error("outbox: dedup conflict without a row");
  return { id: existing.id, created: false };
}

export async function getOutboxEntry(id: string): Promise<OutboxEntry | null> {
  const [row] = await getDb().select({
    id: outbox.id, kind: outbox.kind, status: outbox.status, attempts: outbox.attempts, result: outbox.result,
    lastError: outbox.lastError, subjectType: outbox.subjectType, subjectId: outbox.subjectId,
    createdAt: outbox.createdAt, updatedAt: outbox.updatedAt,
  }).from(outbox).where(eq(outbox.id, id)).limit(1);
  return row ? { ...row, status: row.status as OutboxStatus, lastError: (row.lastError ?? null) as OutboxError | null } : null;
}

/**
 * For UI callers that want the real outcome quickly: waits until the row is 'sent' or 'failed'
 * (or timeoutMs passes) and returns it as it stands. A still-pending row is not an error: the
 * worker keeps going after the caller stops waiting.
 */
export async function awaitOutcome(id: string, timeoutMs = 10_000, pollMs = 100): Promise<OutboxEntry | null> {
  const deadline = Date.now() + timeoutMs;
  kickWorker();
  for (;;) {
    const entry = await getOutboxEntry(id);
    if (!entry || entry.status === "sent" || entry.status === "failed" || Date.now() >= deadline) return entry;
    await new Promise((r) => setTimeout(r, Math.min(pollMs, Math.max(0, deadline - Date.now()))));
  }
}
