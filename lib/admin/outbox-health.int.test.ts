import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// « Relancer » must never turn a write that may have landed into a blind resend. Senders are
// scripted (real PostgreSQL, no upstream) so that each path is reached on demand.
const fake = vi.hoisted(() => ({ send: vi.fn(), reconcile: vi.fn() }));
vi.mock("@/lib/outbox/senders", () => ({
  SENDERS: {
    "fake.checkable": { send: (...a: unknown[]) => fake.send(...a), reconcile: (...a: unknown[]) => fake.reconcile(...a) },
    "fake.idempotent": { send: (...a: unknown[]) => fake.send(...a), idempotent: true },
    "fake.unchecked": { send: (...a: unknown[]) => fake.send(...a) },
  },
}));

import { eq } from "drizzle-orm";
import { ChorusProError } from "@/lib/chorus-pro/errors";
import { encryptSecret } from "@/lib/crypto";
import { closeDb, getDb } from "@/lib/db/client";
import { outbox, technicalAccounts } from "@/lib/db/schema";
import { OUTBOX_MAX_ATTEMPTS } from "@/lib/chorus-pro/inferred";
import type { OutboxError } from "@/lib/outbox/classify";
import { processDue } from "@/lib/outbox/process";
import { RETRY_REFUSED_UNCHECKABLE } from "@/lib/outbox/retry";
import { OutboxRetryRefusedError, retryFailed } from "./outbox-health";

const sA = 94_000_000 + Math.floor(Math.random() * 900_000);
const sB = sA + 1;
let ta: string;
const timeout = () => new ChorusProError({ kind: "gateway_timeout", operation: "x", httpStatus: 504, outcomeUnknown: true });

beforeAll(async () => {
  const [row] = await getDb().insert(technicalAccounts).values({ idStructureCPP: sA, login: "TECH_RETRY@cpro.fr", passwordEnc: encryptSecret("x") }).returning({ id: technicalAccounts.id });
  ta = row!.id;
});
beforeEach(() => { fake.send.mockReset(); fake.reconcile.mockReset(); });
afterAll(async () => {
  await getDb().delete(outbox).where(eq(outbox.idStructureCPP, sA));
  await closeDb();
});

async function failedRow(kind: string, lastError: Partial<OutboxError> | null) {
  const [row] = await getDb().insert(outbox).values({
    kind, idStructureCPP: sA, technicalAccountId: ta, payload: {}, status: "failed", attempts: OUTBOX_MAX_ATTEMPTS,
    lastError: lastError && { kind: "gateway_timeout", userMessage: "…", at: new Date().toISOString(), ...lastError },
  }).returning({ id: outbox.id });
  return row!.id;
}
const rowOf = async (id: string) => (await getDb().select().from(outbox).where(eq(outbox.id, id)))[0]!;

describe("retryFailed (« Relancer »)", () => {
  it("a row that failed before any processing goes back to pending, only for its own structure", async () => {
    const id = await failedRow("fake.unchecked", { kind: "rate_limited" });
    expect(await retryFailed(id, sB)).toBe(false);
    expect(await retryFailed(id, sA)).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: "pending", attempts: 0 });
    expect(await retryFailed(id, sA)).toBe(false);
    await getDb().delete(outbox).where(eq(outbox.id, id)); // not for the next tests' worker runs
  });

  it("a row whose outcome is unknown goes back as uncertain and is checked before any resend", async () => {
    const id = await failedRow("fake.checkable", { outcomeUnknown: true });
    expect(await retryFailed(id, sA)).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: "uncertain", attempts: 0, lastError: { outcomeUnknown: true } });
    fake.reconcile.mockResolvedValueOnce({ found: 1, reconciled: true });
    await processDue({ limit: 50 });
    expect(await rowOf(id)).toMatchObject({ status: "sent", result: { reconciled: true } });
    expect(fake.send).not.toHaveBeenCalled();
  });

  it("a row capped on timeouts (outcome unknown) is checked too, via the worker's flag", async () => {
    const id = await failedRow("fake.checkable", null);
    // The worker's last attempt: a 504 at the attempt cap leaves the row failed, flagged.
    await getDb().update(outbox).set({ status: "pending", attempts: OUTBOX_MAX_ATTEMPTS - 1, nextAttemptAt: new Date() }).where(eq(outbox.id, id));
    fake.send.mockRejectedValueOnce(timeout());
    await processDue({ limit: 50 });
    expect(await rowOf(id)).toMatchObject({ status: "failed", lastError: { outcomeUnknown: true } });
    expect(await retryFailed(id, sA)).toBe(true);
    expect((await rowOf(id)).status).toBe("uncertain");
  });

  it("a row recorded before the flag existed is judged by its error kind", async () => {
    const id = await failedRow("fake.checkable", { kind: "gateway_timeout" });
    expect(await retryFailed(id, sA)).toBe(true);
    expect((await rowOf(id)).status).toBe("uncertain");
    await getDb().delete(outbox).where(eq(outbox.id, id));
    const unchecked = await failedRow("fake.unchecked", { kind: "outcome_unknown" });
    await expect(retryFailed(unchecked, sA)).rejects.toBeInstanceOf(OutboxRetryRefusedError);
  });

  it("an idempotent kind with an unknown outcome may be resent (sending twice = once)", async () => {
    const id = await failedRow("fake.idempotent", { outcomeUnknown: true });
    expect(await retryFailed(id, sA)).toBe(true);
    fake.send.mockResolvedValueOnce({ ok: true });
    await processDue({ limit: 50 });
    expect((await rowOf(id)).status).toBe("sent");
  });

  it("a row the portal cannot check is refused with a French message and stays failed", async () => {
    const id = await failedRow("fake.unchecked", { kind: "outcome_unknown", outcomeUnknown: true });
    const refused = await retryFailed(id, sA).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(OutboxRetryRefusedError);
    expect((refused as OutboxRetryRefusedError).userMessage).toBe(RETRY_REFUSED_UNCHECKABLE);
    expect(RETRY_REFUSED_UNCHECKABLE).toMatch(/deux fois.*Vérifiez dans Chorus Pro/);
    expect((await rowOf(id)).status).toBe("failed");
    expect(await retryFailed(id, sB)).toBe(false);
  });
});
