import "server-only";
import { and, asc, eq, inArray, lte, lt, or, sql } from "drizzle-orm";
import { noteChorusFailure } from "@/lib/admin/technical-accounts";
import { isChorusProError, type ChorusContext } from "@/lib/chorus-pro";
import { getDb } from "@/lib/db/client";
import { outbox, technicalAccounts } from "@/lib/db/schema";
import { logger } from "@/lib/log";
import { classifyFailure, type OutboxError } from "./classify";
import { SENDERS } from "./senders";

const log = logger.child({ module: "outbox" });
type Row = typeof outbox.$inferSelect;

export interface ProcessOptions {
  limit?: number;
  /** how long a claimed row is ours; a crashed worker's rows come back after it */
  leaseMs?: number;
}

/**
 * Claims due rows (FOR UPDATE SKIP LOCKED, so several portal instances never take the same row),
 * leases them, sends them, records the outcome. Returns how many rows were processed.
 */
export async function processDue({ limit = 20, leaseMs = 120_000 }: ProcessOptions = {}): Promise<number> {
  const db = getDb();
  const now = new Date();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const claimed = await db.transaction(async (tx) => {
    const due = await tx.select().from(outbox).where(or(
      and(inArray(outbox.status, ["pending", "uncertain"]), lte(outbox.nextAttemptAt, now)),
      // a row left 'sending' past its lease: its worker died mid-send, outcome unknown
      and(eq(outbox.status, "sending"), lt(outbox.lockedUntil, now)),
    )).orderBy(asc(outbox.nextAttemptAt)).limit(limit).for("update", { skipLocked: true });
    if (due.length === 0) return [];
    await tx.update(outbox).set({ status: "sending", lockedUntil: leaseUntil, attempts: sql`${outbox.attempts} + 1`, updatedAt: now })
      .where(inArray(outbox.id, due.map((r) => r.id)));
    return due;
  });
  await Promise.all(claimed.map((row) => processRow(row, leaseUntil)));
  return claimed.length;
}

async function finish(row: Row, leaseUntil: Date, patch: Partial<typeof outbox.$inferInsert>) {
  // Fenced on our lease: if it expired and another worker took the row, its outcome wins.
  await getDb().update(outbox).set({ ...patch, lockedUntil: null, updatedAt: new Date() })
    .where(and(eq(outbox.id, row.id), eq(outbox.status, "sending"), eq(outbox.lockedUntil, leaseUntil)));
}

const failedWith = (kind: string, userMessage: string, outcomeUnknown?: true): OutboxError => ({ kind, userMessage, at: new Date().toISOString(), ...(outcomeUnknown ? { outcomeUnknown } : {}) });

const OUTCOME_UNCHECKABLE = "Chorus Pro n'a pas confirmé la réception de cette opération et le portail ne peut pas vérifier si elle a été prise en compte. Vérifiez dans Chorus Pro avant de la refaire.";

async function processRow(row: Row, leaseUntil: Date) {
  const attempts = row.attempts + 1;
  const sender = SENDERS[row.kind];
  if (!sender) return finish(row, leaseUntil, { status: "failed", lastError: failedWith("unknown_kind", `Opération inconnue du portail : ${row.kind}.`) });
  const [account] = await getDb().select().from(technicalAccounts).where(eq(technicalAccounts.id, row.technicalAccountId)).limit(1);
  if (!account) return finish(row, leaseUntil, { status: "failed", lastError: failedWith("technical_account_missing", "Le compte technique de la structure n'existe plus dans le portail. Un administrateur doit le saisir à nouveau.") });
  const ctx: ChorusContext = {
    technicalAccount: { login: account.login, passwordEnc: account.passwordEnc },
    idUtilisateurCourant: row.idUtilisateurCourant ?? undefined,
  };
  const payload = row.payload as never;
  const previous = row.lastError as OutboxError | null;
  // 'sending' here means a worker stopped mid-send (lease expired). The flag survives later
  // "not applied" failures (429/503) and the admin's retry: an earlier attempt may still have landed.
  const outcomeWasUnknown = row.status === "uncertain" || row.status === "sending" || previous?.outcomeUnknown === true;
  const reconciled = (found: unknown) => finish(row, leaseUntil, { status: "sent", result: found as object, lastError: null });
  try {
    if (outcomeWasUnknown) {
      if (sender.reconcile) {
        const found = await sender.reconcile(ctx, payload, row.createdAt);
        if (found) return reconciled(found);
      } else if (!sender.idempotent) {
        return finish(row, leaseUntil, { status: "failed", lastError: failedWith("outcome_unknown", OUTCOME_UNCHECKABLE, true) });
      }
    }
    const result = await sender.send(ctx, payload);
    log.info({ id: row.id, kind: row.kind, attempts }, "outbox sent");
    return finish(row, leaseUntil, { status: "sent", result: result as object, lastError: null });
  } catch (err) {
    // A refusal after an earlier unknown outcome may be "already exists": look once more.
    if (outcomeWasUnknown && sender.reconcile && isChorusProError(err) && err.kind === "business") {
      const found = await sender.reconcile(ctx, payload, row.createdAt).catch(() => null);
      if (found) return reconciled(found);
    }
    // A 401 flags the structure's technical account for the administrators (no-op for other errors).
    await noteChorusFailure(row.idStructureCPP, err);
    const d = classifyFailure(err, attempts, { outcomeWasUnknown, checkable: Boolean(sender.reconcile), duplicateChecks: previous?.duplicateChecks });
    log.warn({ id: row.id, kind: row.kind, attempts, status: d.status, error: d.lastError.kind }, "outbox send failed");
    return finish(row, leaseUntil, { status: d.status, lastError: d.lastError, nextAttemptAt: new Date(Date.now() + d.delayMs) });
  }
}
