import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "@/lib/chorus-pro/config";
import { consulterFactureFournisseur, consulterHistoriqueFacture, rechercherFacturesFournisseur, soumettreFacture } from "@/lib/chorus-pro/factures";
import { rechercherFacturesTravaux } from "@/lib/chorus-pro/factures-travaux";
import { clearFaults, contextFor, invoice, newNamespace, siretOf, supplierSetup, uniqueNumero, waitFor, type SandboxManifest } from "@/lib/chorus-pro/int-helpers";
import { closeDb } from "@/lib/db/client";
import { DUPLICATE_RECHECKS, type OutboxError } from "./classify";
import {
  callsTo, makeDue, rowOf, setSandboxFaults, SOUMETTRE_PATH, technicalAccountRow, TRAITER_RECUE_PATH, TRAVAUX_SOUMETTRE_PATH,
} from "./int-helpers";
import { processDue } from "./process";
import { enqueue } from "./queue";

// One test per kind whose outcome the outbox can check (SENDERS' reconcile): Chorus Pro applies the
// write but its answer is lost (sandbox fault `after: true`); the next attempt must find the effect
// and mark the row sent as reconciled, without sending the write again.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
let supplierTa: string;

beforeAll(async () => {
  configureGateway({ timeoutMs: 1_500, retryBudgetMs: 5_000 });
  m = await newNamespace();
  s = supplierSetup(m);
  supplierTa = await technicalAccountRow(m, s.idFournisseur);
});
afterEach(async () => { await clearFaults(); });
afterAll(async () => { await closeDb(); });

/** The same invoice with twice the quantity (consistent totals, another amount). */
function doubled(inv: ReturnType<typeof invoice>): ReturnType<typeof invoice> {
  return {
    ...inv,
    lignePoste: inv.lignePoste.map((l) => ({ ...l, lignePosteQuantite: "2" })),
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: "200.00", ligneTvaMontantTvaParTaux: "40.00" }],
    montantTotal: { montantHtTotal: "200.00", montantTVA: "40.00", montantTtcTotal: "240.00", montantAPayer: "240.00" },
  };
}

/** First attempt: the write lands, the answer is lost → uncertain. Second: found, not re-sent. */
async function applyLoseThenReconcile(id: string, path: string) {
  await processDue({ limit: 50 });
  const first = await rowOf(id);
  expect(first.status).toBe("uncertain");
  expect((first.lastError as OutboxError).outcomeUnknown).toBe(true);
  const sends = await callsTo(path);
  await makeDue(id);
  await processDue({ limit: 50 });
  const done = await rowOf(id);
  expect(done.status).toBe("sent");
  expect(done.result).toMatchObject({ reconciled: true });
  expect(await callsTo(path)).toBe(sends);
  return done.result as Record<string, unknown>;
}

describe("outbox reconciliation of writes applied whose answer was lost", () => {
  for (const lost of [{ status: 502 as const }, { timeout: true }]) {
    it(`factures.soumettre (${"status" in lost ? "502" : "held socket"} after the write): found by number, recipient, amount and date`, async () => {
      const numero = uniqueNumero("RC");
      const { id } = await enqueue({
        kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: supplierTa, idUtilisateurCourant: s.user.idUtilisateur,
        payload: invoice(numero, s.idFournisseur, s.recipient.identifiantStructure), dedupKey: `soumettre:${s.idFournisseur}:${numero}`,
      });
      await setSandboxFaults([{ path: SOUMETTRE_PATH, after: true, count: 1, ...lost }]);
      const result = await applyLoseThenReconcile(id, SOUMETTRE_PATH);
      const found = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: numero, idFournisseur: s.idFournisseur });
      expect(found.items.filter((x) => x.numeroFacture === numero).map((x) => x.identifiantFactureCPP)).toEqual([result.identifiantFactureCPP]);
    });
  }

  it("factures.soumettre: an older invoice with the same number is not taken for this one (amount differs)", async () => {
    const numero = uniqueNumero("OL");
    const older = await soumettreFacture(s.ctx, invoice(numero, s.idFournisseur, s.recipient.identifiantStructure));
    const { id } = await enqueue({
      kind: "factures.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: supplierTa,
      payload: doubled(invoice(numero, s.idFournisseur, s.recipient.identifiantStructure)),
    });
    // Not applied, answer lost: the row is uncertain, and its check meets the older invoice.
    await setSandboxFaults([{ path: SOUMETTRE_PATH, status: 502, count: 1 }]);
    const seen: string[] = [];
    for (let i = 0; i <= DUPLICATE_RECHECKS + 1; i++) {
      await makeDue(id);
      await processDue({ limit: 50 });
      seen.push((await rowOf(id)).status);
    }
    expect(seen).not.toContain("sent");
    const row = await rowOf(id);
    expect(row.status).toBe("failed");
    expect((row.lastError as OutboxError).userMessage).toMatch(/déjà utilisé.*ne retrouve pas dans Chorus Pro/);
    const found = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: numero, idFournisseur: s.idFournisseur });
    expect(found.items.filter((x) => x.numeroFacture === numero).map((x) => x.identifiantFactureCPP)).toEqual([older.identifiantFactureCPP]);
  });

  it("factures.traiterRecue: the status reached is read from the history, the decision is not sent twice", async () => {
    const numero = uniqueNumero("RT");
    const f = await soumettreFacture(s.ctx, invoice(numero, s.idFournisseur, s.recipient.identifiantStructure));
    const recipientId = m.structures.find((x) => x.identifiantStructure === s.recipient.identifiantStructure)!.idStructureCPP;
    const recipient = contextFor(m, recipientId);
    await waitFor(() => consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: f.identifiantFactureCPP }), (d) => d.statutFacture === "MISE_A_DISPOSITION", `${numero} MISE_A_DISPOSITION`);
    const { id } = await enqueue({
      kind: "factures.traiterRecue", idStructureCPP: recipientId, technicalAccountId: await technicalAccountRow(m, recipientId),
      payload: { idFacture: f.identifiantFactureCPP, nouveauStatut: "SERVICE_FAIT" },
    });
    await setSandboxFaults([{ path: TRAITER_RECUE_PATH, status: 504, after: true, count: 1 }]);
    expect(await applyLoseThenReconcile(id, TRAITER_RECUE_PATH)).toMatchObject({ idFacture: f.identifiantFactureCPP, nouveauStatut: "SERVICE_FAIT" });
    const h = await consulterHistoriqueFacture(recipient, { idFacture: f.identifiantFactureCPP });
    expect(h.statuts.filter((x) => x.histoStatutCode === "SERVICE_FAIT")).toHaveLength(1);
  });

  it("facturesTravaux.soumettre: the piece is found by number, recipient and amount", async () => {
    const MOA = 26000006;
    const numero = uniqueNumero("RW");
    const { id } = await enqueue({
      kind: "facturesTravaux.soumettre", idStructureCPP: s.idFournisseur, technicalAccountId: supplierTa,
      payload: {
        numeroFactureSaisi: numero, dateFacture: "2026-10-01", destinataire: { codeDestinataire: siretOf(m, MOA) }, references: { numeroMarche: "MARCHE-RC" },
        montantTotal: { montantHtTotal: "1000.00", montantTVA: "200.00", montantTtcTotal: "1200.00" },
        cadreDeFacturation: { codeCadreFacturation: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" },
      },
    });
    await setSandboxFaults([{ path: TRAVAUX_SOUMETTRE_PATH, status: 502, after: true, count: 1 }]);
    const result = await applyLoseThenReconcile(id, TRAVAUX_SOUMETTRE_PATH);
    const found = await rechercherFacturesTravaux(s.ctx, { roleUtilisateur: "FOURNISSEUR", numeroFactureTravaux: numero });
    expect(found.items.filter((p) => p.numeroFactureTravaux === numero).map((p) => p.idFactureTravaux)).toEqual([result.idFactureTravaux]);
  });
});
