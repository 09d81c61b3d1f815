"use server";

import { and, eq } from "drizzle-orm";
import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { consulterFactureValideur } from "@/lib/chorus-pro";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { awaitOutcome, enqueue, getOutboxEntry } from "@/lib/outbox/queue";
import { isDecidable } from "@/lib/queries/factures-a-valider";
import { DecisionInput, DecisionStatusInput } from "@/lib/validations/factures-a-valider-decision";
import { DecisionError, outcomeOf, type DecisionOutcome } from "./_lib/decision";

const KIND = "factures.traiterFactureAValider";

/**
 * traiter/factureAValider through the outbox. The invoice is read first with the structure's own
 * technical account (consulter/valideur): a forged id, another validator's invoice or a status
 * that no longer awaits a decision is refused here, before anything is queued.
 */
export const decideAction = authedAction(
  {
    action: KIND, roles: ["valideur"], schema: DecisionInput,
    structureOf: (i) => i.idStructureCPP,
    subjectOf: (i) => ({ type: "facture", id: String(i.idFacture) }),
  },
  async ({ user, rattachement, input }): Promise<DecisionOutcome> => {
    const ctx = await chorusContextFor(rattachement);
    const dedupKey = `avalider:${input.requestId}`;
    // A retry of the same decision (same requestId) follows the row already queued.
    const existing = await getDb().select({ id: outbox.id }).from(outbox)
      .where(and(eq(outbox.dedupKey, dedupKey), eq(outbox.idStructureCPP, input.idStructureCPP))).limit(1);
    if (!existing[0]) {
      const facture = await consulterFactureValideur(ctx, { identifiantFactureCPP: input.idFacture }).catch((err: unknown) => {
        throw DecisionError.fromLookup(err);
      });
      if (!isDecidable(facture.statutFacture)) {
        throw new DecisionError(`Cette facture n'attend plus de décision de votre part (statut ${facture.statutFacture ?? "inconnu"}) : rien n'a été envoyé.`);
      }
    }
    const { id } = await enqueue({
      kind: KIND, idStructureCPP: input.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
      idUtilisateurCourant: rattachement.idUtilisateurCourant, dedupKey, subjectType: "facture", subjectId: String(input.idFacture),
      payload: {
        idFacture: input.idFacture, action: input.decision,
        ...(input.decision === "REFUS" ? { motifRefus: input.motifRefus } : {}),
        ...(input.complementInfo ? { complementInfo: input.complementInfo } : {}),
      },
    });
    return outcomeOf(await awaitOutcome(id, 5_000), id);
  },
);

/** The outcome of a queued decision, for the page that polls after « En attente d'envoi ». */
export const decisionStatusAction = authedAction(
  { action: `${KIND}.status`, roles: ["valideur"], schema: DecisionStatusInput, structureOf: (i) => i.idStructureCPP },
  async ({ user, input }): Promise<DecisionOutcome> => {
    // Only the caller's own decision on that structure: an outbox id is not a capability.
    const own = await getDb().select({ id: outbox.id }).from(outbox)
      .where(and(eq(outbox.id, input.outboxId), eq(outbox.idStructureCPP, input.idStructureCPP), eq(outbox.accountId, user.id), eq(outbox.kind, KIND))).limit(1);
    if (!own[0]) throw new DecisionError("Décision introuvable pour votre structure.");
    return outcomeOf(await getOutboxEntry(input.outboxId), input.outboxId);
  },
);
