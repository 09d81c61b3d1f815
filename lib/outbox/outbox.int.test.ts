import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { and, eq, inArray } from "drizzle-orm";
import { configureGateway } from "@/lib/chorus-pro/config";
import { clearFaults, invoice, newNamespace, supplierSetup } from "@/lib/chorus-pro/int-helpers";
import { closeDb, getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { countInChorus, enqueueSubmissions, reconciledRows, setSandboxFaults, SOUMETTRE_PATH, technicalAccountRow, waitSettled } from "./int-helpers";
import { processDue } from "./process";
import { awaitOutcome, enqueue } from "./queue";
import { startWorker, stopWorker } from "./worker";

async function setup() {
  const m = await newNamespace();
  const s = supplierSetup(m);
  return { ...s, technicalAccountId: await technicalAccountRow(m, s.account.idStructureCPP) };
}

beforeAll(() => { configureGateway({ timeoutMs: 1_500, retryBudgetMs: 5_000 }); });
afterAll(async () => { await stopWorker(); await clearFaults(); await closeDb(); });

describe("outbox against the sandbox", () => {
  it("dedups, sends, and awaitOutcome returns the real outcome", async () => {
    const s = await setup();
    const numero = `AW-${Date.now()}`;
    const input = {
      kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: s.technicalAccountId,
      payload: invoice(numero, s.idFournisseur, s.recipient.identifiantStructure), dedupKey: `soumettre:${s.idFournisseur}:${numero}`,
    };
    const a = await enqueue(input);
    const b = await enqueue(input);
    expect(b).toEqual({ id: a.id, created: false });
    await processDue({ limit: 5 });
    const done = await awaitOutcome(a.id, 5_000);
    expect(done?.status).toBe("sent");
    expect(done?.result).toMatchObject({ identifiantFactureCPP: expect.any(Number) });
  });

  it("business refusals are final with a French reason", async () => {
    const s = await setup();
    const { id } = await enqueue({
      kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: s.technicalAccountId,
      payload: { ...invoice(`BAD-${Date.now()}`, s.idFournisseur, "00000000000000") },
    });
    await processDue({ limit: 5 });
    const row = await awaitOutcome(id, 5_000);
    expect(row?.status).toBe("failed");
    expect(row?.lastError?.userMessage).toMatch(/[a-z]/);
  });

  it("faults and a worker restart: every submission exactly once", async () => {
    const s = await setup();
    const prefix = `RS${Date.now()}`;
    const ids = await enqueueSubmissions(s, prefix, 40);
    // The first five submissions are applied and their answers lost (502, then held sockets): they
    // must be found in Chorus Pro, not sent again.
    await setSandboxFaults([
      { path: SOUMETTRE_PATH, status: 502, after: true, count: 3 }, { path: SOUMETTRE_PATH, timeout: true, after: true, count: 2 },
      { status: 502, probability: 0.15 }, { status: 504, probability: 0.15 }, { timeout: true, probability: 0.1 },
    ], 7);
    startWorker({ intervalMs: 100, limit: 10 });
    await new Promise((r) => setTimeout(r, 1_500));
    await stopWorker();
    // Simulate a crashed instance: rows left 'sending' with an expired lease.
    const open = await getDb().select({ id: outbox.id }).from(outbox).where(and(inArray(outbox.id, ids), inArray(outbox.status, ["pending", "uncertain"]))).limit(5);
    if (open.length) await getDb().update(outbox).set({ status: "sending", lockedUntil: new Date(Date.now() - 1000) }).where(inArray(outbox.id, open.map((r) => r.id)));
    startWorker({ intervalMs: 100, limit: 10 });
    const rows = await waitSettled(ids, 90_000);
    await stopWorker();
    await clearFaults();
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(40);
    expect(reconciledRows(rows).length).toBeGreaterThanOrEqual(5);
    const counts = await countInChorus(s, prefix, 40);
    expect([...counts.values()].filter((c) => c !== 1)).toEqual([]);
  }, 150_000);

  it("500 submissions under ~20 % injected 429/502/504 and timeouts: 500 invoices, none twice, none missing", async () => {
    const s = await setup();
    const prefix = `FI${Date.now()}`;
    const ids = await enqueueSubmissions(s, prefix, 500);
    // ~20 % of requests: refused before processing (429, 502, 504, held socket) or, for a share of
    // the submissions, applied and then answered 502 / never answered (the outbox must reconcile).
    await setSandboxFaults([
      { path: SOUMETTRE_PATH, status: 502, after: true, probability: 0.03 }, { path: SOUMETTRE_PATH, timeout: true, after: true, probability: 0.02 },
      { status: 429, probability: 0.045 }, { status: 502, probability: 0.045 }, { status: 504, probability: 0.045 },
      { timeout: true, probability: 0.03 },
    ], 42);
    startWorker({ intervalMs: 50, limit: 25 });
    const rows = await waitSettled(ids, 240_000);
    await stopWorker();
    await clearFaults();
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(500);
    expect(reconciledRows(rows).length).toBeGreaterThan(0);
    const counts = await countInChorus(s, prefix, 500);
    expect(counts.size).toBe(500);
    expect([...counts.entries()].filter(([, c]) => c !== 1)).toEqual([]);
  }, 300_000);

  it("does not touch rows of other kinds it cannot send", async () => {
    const s = await setup();
    const { id } = await enqueue({ kind: "nope.unknown", idStructureCPP: s.idFournisseur, technicalAccountId: s.technicalAccountId, payload: {} });
    await processDue({ limit: 50 });
    const [row] = await getDb().select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe("failed");
  });
});
