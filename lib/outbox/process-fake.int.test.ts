import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// Senders scripted per attempt (real PostgreSQL, no upstream): the paths of processRow that the
// sandbox cannot produce on demand, e.g. a check that finds nothing although the write landed.
const fake = vi.hoisted(() => ({ send: vi.fn(), reconcile: vi.fn() }));
vi.mock("./senders", () => ({
  SENDERS: {
    "fake.checkable": { send: (...a: unknown[]) => fake.send(...a), reconcile: (...a: unknown[]) => fake.reconcile(...a) },
    "fake.unchecked": { send: (...a: unknown[]) => fake.send(...a) },
  },
}));

import { eq } from "drizzle-orm";
import { ChorusProError } from "@/lib/chorus-pro/errors";
import { encryptSecret } from "@/lib/crypto";
import { closeDb, getDb } from "@/lib/db/client";
import { outbox, technicalAccounts } from "@/lib/db/schema";
import { DUPLICATE_RECHECKS, type OutboxError } from "./classify";
import { makeDue, rowOf } from "./int-helpers";
import { processDue } from "./process";
import { enqueue } from "./queue";

const structure = 93_000_000 + Math.floor(Math.random() * 900_000);
let ta: string;
const op = "factures.soumettre";
const badGateway = () => new ChorusProError({ kind: "bad_gateway", operation: op, httpStatus: 502, outcomeUnknown: true });
const rateLimited = () => new ChorusProError({ kind: "rate_limited", operation: op, httpStatus: 429 });
const duplicate = () => new ChorusProError({ kind: "business", operation: op, httpStatus: 400, codeRetour: 20109, libelle: "GCU_MSG_01.109 - Le numéro de facture est déjà utilisé pour ce fournisseur." });
const FOUND = { identifiantFactureCPP: 42, reconciled: true };

beforeAll(async () => {
  const [row] = await getDb().insert(technicalAccounts).values({ idStructureCPP: structure, login: "TECH_FAKE@cpro.fr", passwordEnc: encryptSecret("x") }).returning({ id: technicalAccounts.id });
  ta = row!.id;
});
beforeEach(() => { fake.send.mockReset(); fake.reconcile.mockReset(); });
afterAll(async () => {
  await getDb().delete(outbox).where(eq(outbox.idStructureCPP, structure));
  await closeDb();
});

const queued = async (kind: string) => (await enqueue({ kind, idStructureCPP: structure, technicalAccountId: ta, payload: { n: Math.random() } })).id;
const step = async (id: string) => { await makeDue(id); await processDue({ limit: 50 }); return rowOf(id); };

describe("processRow when an earlier attempt may have landed", () => {
  it("stays uncertain through a 429, and a duplicate refusal is looked up again until found", async () => {
    const id = await queued("fake.checkable");
    fake.send.mockRejectedValueOnce(badGateway()).mockRejectedValueOnce(rateLimited()).mockRejectedValueOnce(duplicate());
    fake.reconcile.mockResolvedValueOnce(null).mockResolvedValueOnce(null).mockResolvedValueOnce(null).mockResolvedValueOnce(FOUND);

    expect((await step(id)).status).toBe("uncertain");
    expect(fake.reconcile).not.toHaveBeenCalled();
    const afterRateLimit = await step(id);
    expect(afterRateLimit).toMatchObject({ status: "uncertain", lastError: { kind: "rate_limited", outcomeUnknown: true } });
    // checked before resending, again after the duplicate refusal; still not visible → check later
    const afterDuplicate = await step(id);
    expect(afterDuplicate).toMatchObject({ status: "uncertain", lastError: { kind: "business", outcomeUnknown: true, duplicateChecks: 1 } });
    expect(fake.reconcile).toHaveBeenCalledTimes(3);
    const done = await step(id);
    expect(done).toMatchObject({ status: "sent", result: FOUND, lastError: null });
    expect(fake.send).toHaveBeenCalledTimes(3);
    // the check is given when the write was queued, so older look-alikes can be told apart
    expect(fake.reconcile.mock.calls[0]?.[2]).toEqual(done.createdAt);
  });

  it("a duplicate refusal that no check explains ends failed, flagged, with a French explanation", async () => {
    const id = await queued("fake.checkable");
    fake.send.mockRejectedValueOnce(badGateway());
    fake.send.mockRejectedValue(duplicate());
    fake.reconcile.mockResolvedValue(null);
    let row = await step(id);
    for (let i = 0; i < DUPLICATE_RECHECKS && row.status !== "failed"; i++) row = await step(id);
    expect(row.status).toBe("failed");
    const e = row.lastError as OutboxError;
    expect(e).toMatchObject({ outcomeUnknown: true, duplicateChecks: DUPLICATE_RECHECKS });
    expect(e.userMessage).toMatch(/déjà utilisé.*Vérifiez dans Chorus Pro/);
  });

  it("a kind that cannot be checked fails flagged instead of being resent", async () => {
    const id = await queued("fake.unchecked");
    fake.send.mockRejectedValueOnce(badGateway());
    expect((await step(id)).status).toBe("uncertain");
    const row = await step(id);
    expect(row).toMatchObject({ status: "failed", lastError: { kind: "outcome_unknown", outcomeUnknown: true } });
    expect(fake.send).toHaveBeenCalledTimes(1);
  });

  it("a plain refusal before processing stays pending (no check needed)", async () => {
    const id = await queued("fake.checkable");
    fake.send.mockRejectedValueOnce(rateLimited()).mockResolvedValueOnce({ identifiantFactureCPP: 7 });
    const first = await step(id);
    expect(first.status).toBe("pending");
    expect((first.lastError as OutboxError).outcomeUnknown).toBeUndefined();
    expect((await step(id)).status).toBe("sent");
    expect(fake.reconcile).not.toHaveBeenCalled();
  });
});
