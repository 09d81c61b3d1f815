import "server-only";
// Outbox backlog and failed writes, scoped to the admin's structures, and the retry of a failed row.
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import type { OutboxError } from "@/lib/outbox/classify";
import { retryDecision } from "@/lib/outbox/retry";

export async function outboxBacklog(scope: number[]) {
  if (!scope.length) return { byStatus: {} as Record<string, number>, failed: [] };
  const db = getDb();
  const [groups, failed] = await Promise.all([
    db.select({ status: outbox.status, n: count() }).from(outbox).where(inArray(outbox.idStructureCPP, scope)).groupBy(outbox.status),
    db.select({ id: outbox.id, kind: outbox.kind, idStructureCPP: outbox.idStructureCPP, attempts: outbox.attempts, lastError: outbox.lastError, subjectId: outbox.subjectId, updatedAt: outbox.updatedAt })
      .from(outbox).where(and(inArray(outbox.idStructureCPP, scope), eq(outbox.status, "failed"))).orderBy(desc(outbox.updatedAt)).limit(50),
  ]);
  return { byStatus: Object.fromEntries(groups.map((g) => [g.status, g.n])) as Record<string, number>, failed };
}

/** A retry the portal refuses (the write may already be in Chorus Pro and cannot be checked). */
export class OutboxRetryRefusedError extends Error {
  constructor(readonly userMessage: string) { super(userMessage); }
}

/**
 * Puts a failed write back in the queue. Only 'failed' rows of the given structure move: a sent or
 * uncertain write is never resent from here (an uncertain one is reconciled by the worker). A row
 * whose earlier attempt may have landed goes back as 'uncertain' (checked before any resend); one
 * the portal cannot check is refused with OutboxRetryRefusedError (French userMessage).
 */
export async function retryFailed(id: string, idStructureCPP: number): Promise<boolean> {
  const db = getDb();
  const scope = and(eq(outbox.id, id), eq(outbox.idStructureCPP, idStructureCPP), eq(outbox.status, "failed"));
  const [row] = await db.select({ kind: outbox.kind, lastError: outbox.lastError }).from(outbox).where(scope).limit(1);
  if (!row) return false;
  const decision = retryDecision(row.kind, (row.lastError ?? null) as OutboxError | null);
  if ("refused" in decision) throw new OutboxRetryRefusedError(decision.refused);
  // lastError (with its outcomeUnknown flag) is kept: the worker reads it before sending.
  const rows = await db.update(outbox)
    .set({ status: decision.status, attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, updatedAt: new Date() })
    .where(scope)
    .returning({ id: outbox.id });
  return rows.length > 0;
}
