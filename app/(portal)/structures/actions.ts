"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { referentiel } from "@/lib/chorus-pro/referentiel";
import { enqueue } from "@/lib/outbox/queue";
import { creerServiceSchema, parametresEdiSchema, writeStatusSchema } from "@/lib/validations/structures";
import { duplicateServiceCode as duplicate, outcomeOf, outcomeOfEntry, ownWrite, type WriteOutcome } from "./_components/outcome";

class UserFacingError extends Error {
  constructor(readonly userMessage: string) { super(userMessage); }
}

// Changes of a structure belong to its admin; the write goes through the outbox like every other.
export const modifierParametresEdiAction = authedAction(
  { action: "structures.parametresEdi", roles: ["admin"], schema: parametresEdiSchema, structureOf: (i) => i.idStructureCPP },
  async ({ user, rattachement, input }): Promise<WriteOutcome> => {
    if (input.reception_edi === undefined && input.connexion_edi === undefined) throw new UserFacingError("Aucun paramètre EDI à modifier : cochez ou décochez un paramètre puis enregistrez.");
    const ctx = await chorusContextFor(rattachement);
    const fiche = await referentiel.ficheStructure(ctx, { idStructureCPP: rattachement.idStructureCPP, identifiant: rattachement.identifiantStructure });
    if (!fiche.uuid) throw new UserFacingError("Cette structure est absente du Référentiel des Organisations : ses paramètres EDI se modifient dans Chorus Pro.");
    const { id } = await enqueue({
      kind: "organisations.parametresEdi", idStructureCPP: rattachement.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
      idUtilisateurCourant: rattachement.idUtilisateurCourant, payload: { uuid: fiche.uuid, ...(input.reception_edi === undefined ? {} : { reception_edi: input.reception_edi }), ...(input.connexion_edi === undefined ? {} : { connexion_edi: input.connexion_edi }) },
      subjectType: "structure", subjectId: String(rattachement.idStructureCPP),
    });
    const out = await outcomeOf(id);
    revalidatePath("/structures");
    return out;
  },
);

export const creerServiceAction = authedAction(
  { action: "structures.creerService", roles: ["admin"], schema: creerServiceSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "service", id: i.codeService }) },
  async ({ user, rattachement, input }): Promise<WriteOutcome> => {
    const ctx = await chorusContextFor(rattachement);
    const fiche = await referentiel.ficheStructure(ctx, { idStructureCPP: rattachement.idStructureCPP, identifiant: rattachement.identifiantStructure });
    if (!fiche.uuid) throw new UserFacingError("Cette structure est absente du Référentiel des Organisations : créez le service dans Chorus Pro.");
    // Checked before queueing so that the person gets the message beside the field at once.
    const existing = await referentiel.listerServices(ctx, { idStructureCPP: rattachement.idStructureCPP, uuid: fiche.uuid });
    if (existing.some((s) => s.codeService.toUpperCase() === input.codeService.toUpperCase())) {
      return { status: "failed", message: duplicate(input.codeService), fieldErrors: { codeService: [duplicate(input.codeService)] } };
    }
    const { id } = await enqueue({
      kind: "organisations.creerService", idStructureCPP: rattachement.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
      idUtilisateurCourant: rattachement.idUtilisateurCourant,
      payload: { codeService: input.codeService, libelle: input.libelle, rattachementOrganisation: fiche.uuid, ...(input.description ? { description: input.description } : {}), ...(input.numeroEj ? { numeroEj: input.numeroEj } : {}) },
      dedupKey: `creerService:${rattachement.idStructureCPP}:${input.codeService.toUpperCase()}:${Date.now()}`, subjectType: "service", subjectId: input.codeService,
    });
    // A code taken between our check and the send (another admin) comes back with the same message.
    const out = await outcomeOf(id);
    revalidatePath("/structures/services");
    return out;
  },
);

/**
 * Where a write the action left « En attente d'envoi » stands, polled by the forms until Chorus
 * Pro answers. A read, not audited on success (polled every few seconds); only the caller's own
 * writes for that structure.
 */
export const writeStatusAction = authedAction(
  { action: "structures.suiviEnvoi", auditSuccess: false, roles: ["admin"], schema: writeStatusSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "outbox", id: i.id }) },
  async ({ user, input }): Promise<WriteOutcome> => {
    const entry = await ownWrite(input.id, user.id, input.idStructureCPP);
    if (!entry) throw new UserFacingError("Envoi introuvable pour cette structure : actualisez la page pour voir l'état actuel.");
    return outcomeOfEntry(input.id, entry);
  },
);
