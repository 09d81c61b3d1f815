import "server-only";
// The audit log as administrators see it: only the lines of the structures they administer.
import { and, count, desc, eq, gte, ilike, inArray, lt, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { AuditFilter } from "@/lib/validations/admin";
import { parisDayEnd, parisDayStart } from "./paris-day";

export const AUDIT_PAGE_SIZE = 50;
const like = (v: string) => `%${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function where(f: AuditFilter, scope: number[]): SQL | undefined {
  const structures = f.structure !== undefined ? scope.filter((s) => s === f.structure) : scope;
  const parts: (SQL | undefined)[] = [inArray(auditLog.idStructureCPP, structures.length ? structures : [-1])];
  if (f.compte) parts.push(ilike(auditLog.accountEmail, like(f.compte)));
  if (f.facture) parts.push(eq(auditLog.subjectId, f.facture));
  if (f.action) parts.push(ilike(auditLog.action, like(f.action)));
  if (f.resultat) parts.push(eq(auditLog.outcome, f.resultat));
  // Paris days, whatever the server's time zone (auditFilterSchema lets only real dates through).
  if (f.du) parts.push(gte(auditLog.at, parisDayStart(f.du)));
  if (f.au) parts.push(lt(auditLog.at, parisDayEnd(f.au)));
  return and(...parts);
}

export type AuditRow = typeof auditLog.$inferSelect;

export async function searchAudit(f: AuditFilter, scope: number[]): Promise<{ rows: AuditRow[]; total: number; pages: number }> {
  const db = getDb();
  const w = where(f, scope);
  const [rows, totals] = await Promise.all([
    db.select().from(auditLog).where(w).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(AUDIT_PAGE_SIZE).offset((f.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditLog).where(w),
  ]);
  const total = totals[0]?.n ?? 0;
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/**
 * Keyset pagination for the CSV export: constant memory whatever the size of the log. Keyed on
 * the id alone (bigserial, in insertion order): timestamps have microseconds a JS Date drops.
 */
export async function* walkAudit(f: AuditFilter, scope: number[], batch = 500): AsyncGenerator<AuditRow> {
  let cursor: number | null = null;
  for (;;) {
    const rows: AuditRow[] = await getDb().select().from(auditLog).where(and(where(f, scope), cursor === null ? undefined : lt(auditLog.id, cursor))).orderBy(desc(auditLog.id)).limit(batch);
    for (const r of rows) yield r;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    cursor = last.id;
  }
}
