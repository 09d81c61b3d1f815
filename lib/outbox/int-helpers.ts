// Helpers of the outbox's integration tests (real PostgreSQL + sandbox process). Test-only: imported
// by *.int.test.ts files, never by the worker.
import { eq, inArray } from "drizzle-orm";
import { rechercherFacturesFournisseur } from "@/lib/chorus-pro/factures";
import { invoice, sandboxStats, setFaults, type Fault, type SandboxManifest } from "@/lib/chorus-pro/int-helpers";
import { encryptSecret } from "@/lib/crypto";
import { getDb } from "@/lib/db/client";
import { outbox, technicalAccounts } from "@/lib/db/schema";
import { enqueue } from "./queue";

export const SOUMETTRE_PATH = "/cpro/factures/v1/soumettre";
export const TRAITER_RECUE_PATH = "/cpro/factures/v1/traiter/recue";
export const TRAVAUX_SOUMETTRE_PATH = "/cpro/facturesTravaux/v1/soumettre";

/**
 * A sandbox fault; `after: true` runs the handler (the write is applied) and then loses the answer
 * (sandbox/README.md). lib/chorus-pro/int-helpers' Fault type predates that option.
 */
export type SandboxFault = Fault & { after?: boolean };
export const setSandboxFaults = (faults: SandboxFault[], seed?: number) => setFaults(faults as Fault[], seed);

/** The technical-account row of a structure of the manifest (upserted: structures share fixed ids across namespaces). */
export async function technicalAccountRow(m: SandboxManifest, idStructureCPP: number, password?: string): Promise<string> {
  const a = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP);
  if (!a) throw new Error(`no technical account for ${idStructureCPP}`);
  const set = { login: a.login, passwordEnc: encryptSecret(password ?? a.password) };
  const [ta] = await getDb().insert(technicalAccounts).values({ idStructureCPP, ...set })
    .onConflictDoUpdate({ target: technicalAccounts.idStructureCPP, set }).returning({ id: technicalAccounts.id });
  if (!ta) throw new Error("no technical account row");
  return ta.id;
}

export interface SupplierRows {
  idFournisseur: number;
  technicalAccountId: string;
  user: { idUtilisateur: number };
  recipient: { identifiantStructure: string };
  ctx: Parameters<typeof rechercherFacturesFournisseur>[0];
}

export async function enqueueSubmissions(s: SupplierRows, prefix: string, n: number) {
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

/** Polls until every row is 'sent' or 'failed' (bounded by time, never by speed). */
export async function waitSettled(ids: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await getDb().select({ id: outbox.id, status: outbox.status, result: outbox.result, lastError: outbox.lastError })
      .from(outbox).where(inArray(outbox.id, ids));
    const open = rows.filter((r) => r.status !== "sent" && r.status !== "failed").length;
    if (open === 0 || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Rows whose result says "found already in Chorus Pro, not re-sent". */
export const reconciledRows = (rows: Array<{ result: unknown }>) =>
  rows.filter((r) => (r.result as { reconciled?: boolean } | null)?.reconciled === true);

/** How many times each number exists in Chorus Pro (call with no faults set). */
export async function countInChorus(s: SupplierRows, prefix: string, n: number) {
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

/** Requests the sandbox received for one operation ("POST /cpro/…"), to prove a write was not resent. */
export const callsTo = async (path: string) => (await sandboxStats()).requests.byOperation[`POST ${path}`] ?? 0;

/** Makes a row due now (an uncertain row otherwise waits OUTBOX_UNCERTAIN_MIN_DELAY_MS). */
export const makeDue = (id: string) => getDb().update(outbox).set({ nextAttemptAt: new Date() }).where(eq(outbox.id, id));

export async function rowOf(id: string) {
  const [row] = await getDb().select().from(outbox).where(eq(outbox.id, id));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}
