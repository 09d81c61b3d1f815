import "server-only";
// Outbox backlog and failed writes, scoped to the admin's structures, and the retry of a failed row.
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";

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

/**
 * Puts a failed write back in the queue. Only 'failed' rows of the given structure move: a sent or
 * uncertain write is never resent from here (an uncertain one is reconciled by the worker).
 */
export async function retryFailed(id: string, idStructureCPP: number): Promise<boolean> {
  const rows = await getDb().update(outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, updatedAt: new Date() })
    .where(and(eq(outbox.id, id), eq(outbox.idStructureCPP, idStructureCPP), eq(outbox.status, "failed")))
    .returning({ id: outbox.id });
  return rows.length > 0;
}
