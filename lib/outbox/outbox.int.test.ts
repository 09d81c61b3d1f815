import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { and, eq, inArray } from "drizzle-orm";
import { configureGateway } from "@/lib/chorus-pro/config";
import { rechercherFacturesFournisseur } from "@/lib/chorus-pro/factures";
import { clearFaults, invoice, newNamespace, setFaults, supplierSetup } from "@/lib/chorus-pro/int-helpers";
import { encryptSecret } from "@/lib/crypto";
import { closeDb, getDb } from "@/lib/db/client";
import { outbox, technicalAccounts } from "@/lib/db/schema";
import { processDue } from "./process";
import { awaitOutcome, enqueue } from "./queue";
import { startWorker, stopWorker } from "./worker";

async function setup() {
  const m = await newNamespace();
  const s = supplierSetup(m);
  const [ta] = await getDb().insert(technicalAccounts)
    .values({ idStructureCPP: s.account.idStructureCPP, login: s.account.login, passwordEnc: encryptSecret(s.account.password) })
    .onConflictDoUpdate({ target: technicalAccounts.idStructureCPP, set: { login: s.account.login, passwordEnc: encryptSecret(s.account.password) } })
    .returning({ id: technicalAccounts.id });
  if (!ta) throw new Error("no technical account row");
  return { ...s, technicalAccountId: ta.id };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function enqueueMany(s: Setup, prefix: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const numero = `${prefix}-${i}`;
    const { id } = await enqueue({
      kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: s.technicalAccountId,
      idUtilisateurCourant: s.user.idUtilisateur, payload: invoice(numero, s.idFournisseur, s.recipient.identifiantStructure),
      dedupKey: `soumettre:${s.idFournisseur}:${numero}`, subjectType: "facture", subjectId: numero,
    });
    ids.push(id);
  }
  return ids;
}

async function waitSettled(ids: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await getDb().select({ status: outbox.status }).from(outbox).where(inArray(outbox.id, ids));
    const open = rows.filter((r) => r.status !== "sent" && r.status !== "failed").length;
    if (open === 0 || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** How many times each number exists in Chorus Pro (no faults while we count). */
async function countInChorus(s: Setup, prefix: string, n: number) {
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i += 25) {
    await Promise.all(Array.from({ length: Math.min(25, n - i) }, async (_, k) => {
      const numero = `${prefix}-${i + k}`;
      const page = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: numero, idFournisseur: s.idFournisseur });
      counts.set(numero, page.items.filter((f) => f.numeroFacture === numero).length);
    }));
  }
  return counts;
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
    const ids = await enqueueMany(s, prefix, 40);
    await setFaults([{ status: 502, probability: 0.15 }, { status: 504, probability: 0.15 }, { timeout: true, probability: 0.1 }], 7);
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
    const counts = await countInChorus(s, prefix, 40);
    expect([...counts.values()].filter((c) => c !== 1)).toEqual([]);
  }, 150_000);

  it("500 submissions under ~20 % injected 429/502/504 and timeouts: 500 invoices, none twice, none missing", async () => {
    const s = await setup();
    const prefix = `FI${Date.now()}`;
    const ids = await enqueueMany(s, prefix, 500);
    await setFaults([
      { status: 429, probability: 0.055 }, { status: 502, probability: 0.055 }, { status: 504, probability: 0.055 },
      { timeout: true, probability: 0.055 },
    ], 42);
    startWorker({ intervalMs: 50, limit: 25 });
    const rows = await waitSettled(ids, 240_000);
    await stopWorker();
    await clearFaults();
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(500);
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
