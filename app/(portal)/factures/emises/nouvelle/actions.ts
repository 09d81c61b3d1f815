"use server";

import { authedAction } from "@/lib/actions/result";
import { draftRefSchema, saveDraftSchema } from "@/lib/validations/saisie-facture";
import { deleteDraftRow, getDraft, insertDraft, updateDraft } from "./_lib/drafts";
import { refreshSubmission, submitSaisie } from "./_lib/submit";

const ROLES = ["fournisseur"] as const;
const frozen = () => Object.assign(new Error("draft frozen"), { userMessage: "Cette facture est déjà partie vers Chorus Pro : elle ne peut plus être modifiée ici." });

/** Autosave (debounced while typing, and on blur). */
export const saveDraftAction = authedAction(
  { action: "saisie.brouillon.enregistrer", auditSuccess: false, roles: ROLES, schema: saveDraftSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => (i.draftId ? { type: "invoice_draft", id: i.draftId } : null) },
  async ({ user, input }) => {
    const owner = { accountId: user.id, idStructureCPP: input.idStructureCPP };
    const row = input.draftId ? await updateDraft(owner, input.draftId, input.data) : await insertDraft(owner, input.data);
    if (!row) {
      if (input.draftId && (await getDraft(owner, input.draftId))) throw frozen();
      throw Object.assign(new Error("draft not found"), { userMessage: "Ce brouillon n'existe plus : il a peut-être été supprimé." });
    }
    return { draftId: row.id, savedAt: row.updatedAt.toISOString() };
  },
);

export const deleteDraftAction = authedAction(
  { action: "saisie.brouillon.supprimer", roles: ROLES, schema: draftRefSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "invoice_draft", id: i.draftId }) },
  async ({ user, input }) => {
    const deleted = await deleteDraftRow({ accountId: user.id, idStructureCPP: input.idStructureCPP }, input.draftId);
    if (!deleted) throw Object.assign(new Error("not deletable"), { userMessage: "Ce brouillon ne peut pas être supprimé (déjà envoyé ou introuvable)." });
    return { draftId: input.draftId };
  },
);

/** soumettre (SAISIE_API) through the outbox, after the authoritative server-side checks. */
export const submitInvoiceAction = authedAction(
  { action: "factures.soumettre", roles: ROLES, schema: saveDraftSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => (i.draftId ? { type: "invoice_draft", id: i.draftId } : null) },
  ({ user, rattachement, input }) => submitSaisie({ accountId: user.id, idStructureCPP: input.idStructureCPP }, rattachement, input.draftId, input.data),
);

/** Polled by the form while the submission is « En attente d'envoi »; records the outcome. */
export const refreshSubmissionAction = authedAction(
  { action: "factures.soumettre.suivi", auditSuccess: false, roles: ROLES, schema: draftRefSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "invoice_draft", id: i.draftId }) },
  ({ user, input }) => refreshSubmission({ accountId: user.id, idStructureCPP: input.idStructureCPP }, input.draftId),
);
