import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "@/lib/chorus-pro/config";
import { rechercherFacturesFournisseur, soumettreFacture } from "@/lib/chorus-pro/factures";
import { clearFaults, invoice, newNamespace, supplierSetup, uniqueNumero } from "@/lib/chorus-pro/int-helpers";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import type { OutboxError } from "./classify";
import { callsTo, makeDue, rowOf, setSandboxFaults, SOUMETTRE_PATH, technicalAccountRow } from "./int-helpers";
import { processDue } from "./process";
import { enqueue } from "./queue";

// Against the sandbox: once an attempt may have landed, the row is checked before every resend,
// whatever later attempts meet (a 429 says nothing about the earlier attempt).
let s: ReturnType<typeof supplierSetup>;
let ta: string;

beforeAll(async () => {
  configureGateway({ timeoutMs: 1_500, retryBudgetMs: 5_000 });
  const m = await newNamespace();
  s = supplierSetup(m);
  ta = await technicalAccountRow(m, s.idFournisseur);
});
afterEach(async () => { await clearFaults(); });
afterAll(async () => { await closeDb(); });

const step = async (id: string) => { await makeDue(id); await processDue({ limit: 50 }); return rowOf(id); };

describe("an unknown outcome stays unknown until Chorus Pro is checked", () => {
  it("502 → check finds nothing → resend answered 429 → still uncertain; the late invoice is then found, not sent again", async () => {
    const numero = uniqueNumero("UN");
    const payload = invoice(numero, s.idFournisseur, s.recipient.identifiantStructure);
    const { id } = await enqueue({ kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: ta, idUtilisateurCourant: s.user.idUtilisateur, payload });
    await setSandboxFaults([{ path: SOUMETTRE_PATH, status: 502, count: 1 }, { path: SOUMETTRE_PATH, status: 429, count: 1 }]);

    expect((await step(id)).status).toBe("uncertain");
    const second = await step(id);
    expect(second.status).toBe("uncertain");
    expect(second.lastError as OutboxError).toMatchObject({ kind: "rate_limited", outcomeUnknown: true });

    // The first attempt lands late (a slow upstream applies it after we gave up on the answer).
    const late = await soumettreFacture(s.ctx, payload);
    const sends = await callsTo(SOUMETTRE_PATH);
    const third = await step(id);
    expect(third.status).toBe("sent");
    expect(third.result).toMatchObject({ identifiantFactureCPP: late.identifiantFactureCPP, reconciled: true });
    expect(await callsTo(SOUMETTRE_PATH)).toBe(sends);
    const found = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: numero, idFournisseur: s.idFournisseur });
    expect(found.items.filter((f) => f.numeroFacture === numero)).toHaveLength(1);
  });

  it("a row left 'sending' by a stopped worker is checked first and found, not sent again", async () => {
    const numero = uniqueNumero("UC");
    const payload = invoice(numero, s.idFournisseur, s.recipient.identifiantStructure);
    const { id } = await enqueue({ kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: ta, payload });
    // Applied, answer lost; then the worker "dies" mid-retry: the row is left 'sending', lease expired.
    await setSandboxFaults([{ path: SOUMETTRE_PATH, timeout: true, after: true, count: 1 }]);
    await processDue({ limit: 50 });
    expect((await rowOf(id)).status).toBe("uncertain");
    await getDb().update(outbox).set({ status: "sending", lockedUntil: new Date(Date.now() - 1000) }).where(eq(outbox.id, id));
    const sends = await callsTo(SOUMETTRE_PATH);
    const done = await step(id);
    expect(await callsTo(SOUMETTRE_PATH)).toBe(sends);
    expect(done.status).toBe("sent");
    expect(done.result).toMatchObject({ reconciled: true });
  });
});
