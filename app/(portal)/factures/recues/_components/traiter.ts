import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { writeAudit } from "@/lib/audit";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { CurrentUser, Rattachement } from "@/lib/auth/current-user";
import { consulterFactureRecipiendaire, isChorusProError } from "@/lib/chorus-pro";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import type { OutboxError } from "@/lib/outbox/classify";
import { awaitOutcome, enqueue } from "@/lib/outbox/queue";
import type { TraiterInputT } from "@/lib/validations/factures-recues-traitement";
import { actionsFor } from "./etats-traitement";
import { LIBELLES } from "./libelles";

export type RowOutcome = "sent" | "pending" | "failed" | "refused";
export interface RowResult { idFacture: number; numeroFacture: string | null; outcome: RowOutcome; message: string | null; outboxId: string | null }

const NOT_FOUND = new Set(["business", "not_found", "bad_request"]);
const CONCURRENCY = 8;
const WAIT_MS = 5_000;

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * traiter/recue on one invoice or several. Each invoice is read with the structure's technical
 * account first (another structure's id is "introuvable"), its status checked against
 * recuperer/etats/traitement, and only then queued: a refused invoice is never sent, the others are.
 */
export async function traiterFactures(user: CurrentUser, rattachement: Rattachement, input: TraiterInputT): Promise<RowResult[]> {
  const ctx = await chorusContextFor(rattachement);
  const ids = [...new Set(input.idFactures)];
  const audit = (idFacture: number, outcome: "success" | "denied" | "error", detail: Record<string, unknown>) => writeAudit({
    action: "factures.recues.traiter.facture", outcome, accountId: user.id, accountEmail: user.email, idStructureCPP: rattachement.idStructureCPP,
    subjectType: "facture", subjectId: String(idFacture), detail: { nouveauStatut: input.nouveauStatut, ...detail },
  });
  const queued = await mapLimited(ids, CONCURRENCY, async (idFacture): Promise<RowResult> => {
    const row = { idFacture, numeroFacture: null as string | null, outboxId: null };
    let statut;
    try {
      const f = await consulterFactureRecipiendaire(ctx, { identifiantFactureCPP: idFacture });
      row.numeroFacture = f.numeroFacture ?? null;
      statut = f.statutFacture;
    } catch (err) {
      if (isChorusProError(err) && NOT_FOUND.has(err.kind)) {
        await audit(idFacture, "denied", { reason: "not_found" });
        return { ...row, outcome: "refused", message: "Facture introuvable pour votre structure." };
      }
      throw err;
    }
    if (!(await actionsFor(ctx, statut)).includes(input.nouveauStatut)) {
      await audit(idFacture, "denied", { reason: "status", statut });
      return { ...row, outcome: "refused", message: `L'action « ${LIBELLES[input.nouveauStatut]} » n'est pas possible pour une facture au statut ${statut ?? "inconnu"}.` };
    }
    const { id } = await enqueue({
      kind: "factures.traiterRecue", idStructureCPP: rattachement.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
      idUtilisateurCourant: rattachement.idUtilisateurCourant,
      payload: {
        idFacture, nouveauStatut: input.nouveauStatut,
        ...(input.motif ? { motif: input.motif } : {}),
        // numeroDPMandat accompanies MANDATEE only (LIFECYCLE rule 3).
        ...(input.nouveauStatut === "MANDATEE" && input.numeroDPMandat ? { numeroDPMandat: input.numeroDPMandat } : {}),
      },
      dedupKey: `recue:${input.requestId}:${idFacture}`, subjectType: "facture", subjectId: String(idFacture),
    });
    await audit(idFacture, "success", { outboxId: id });
    return { ...row, outcome: "pending", message: null, outboxId: id };
  });
  return mapLimited(queued, CONCURRENCY, async (r) => {
    if (!r.outboxId) return r;
    const entry = await awaitOutcome(r.outboxId, WAIT_MS);
    return { ...r, ...outcomeOf(entry?.status, entry?.lastError ?? null) };
  });
}

function outcomeOf(status: string | undefined, lastError: OutboxError | null): Pick<RowResult, "outcome" | "message"> {
  if (status === "sent") return { outcome: "sent", message: null };
  if (status === "failed") return { outcome: "failed", message: lastError?.userMessage ?? "Chorus Pro a refusé l'action." };
  return { outcome: "pending", message: null };
}

/** Where queued writes stand now, for the structure they were queued for only. */
export async function suiviTraitements(idStructureCPP: number, outboxIds: string[]): Promise<{ outboxId: string; outcome: RowOutcome; message: string | null }[]> {
  const rows = await getDb().select({ id: outbox.id, status: outbox.status, lastError: outbox.lastError }).from(outbox)
    .where(and(inArray(outbox.id, outboxIds), eq(outbox.idStructureCPP, idStructureCPP), eq(outbox.kind, "factures.traiterRecue")));
  return rows.map((r) => ({ outboxId: r.id, ...outcomeOf(r.status, (r.lastError ?? null) as OutboxError | null) }));
}
