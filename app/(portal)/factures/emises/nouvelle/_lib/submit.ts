import "server-only";
import { z } from "zod";
import type { Rattachement } from "@/lib/auth/current-user";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { isValidSiret } from "@/lib/format";
import { awaitOutcome, enqueue, getOutboxEntry, type OutboxEntry } from "@/lib/outbox/queue";
import { listValidAccounts } from "@/lib/structures/bank-details";
import { checkSaisie, soumettreDedupKey, toSoumettreBody, toKeyedInvoice, type FieldErrors, type SaisieFacture } from "@/lib/validations/saisie-facture";
import { checkCompteBancaire } from "@/lib/validations/saisie-facture-compte";
import { recipientParamsBySiret } from "../../destinataires/_lib/recipients";
import { ownAttachments, sendAttachments } from "./attachments";
import { getDraft, insertDraft, setDraftStatus, updateDraft, type DraftOwner } from "./drafts";
import { loadReferentiels } from "./referentiels";

export type SubmitOutcome =
  | { state: "invalid"; draftId: string; message: string; fieldErrors: FieldErrors }
  | { state: "attaching"; draftId: string }
  | { state: "pending"; draftId: string }
  | { state: "sent"; draftId: string; identifiantFactureCPP: number; numeroFacture: string | null; statutFacture: string | null }
  | { state: "failed"; draftId: string; message: string };

// How long the action waits for the worker before answering « En attente d'envoi ».
const WAIT_MS = 4000;

const sentResult = z.object({ identifiantFactureCPP: z.coerce.number(), numeroFacture: z.string().nullish(), statutFacture: z.string().nullish() });

export const todayInParis = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

/** Reads the outbox row of a draft and records its outcome on the draft. */
export async function outcomeOf(o: DraftOwner, draftId: string, entry: OutboxEntry | null): Promise<SubmitOutcome> {
  if (entry?.status === "sent") {
    const r = sentResult.safeParse(entry.result);
    if (r.success) {
      await setDraftStatus(o, draftId, { status: "sent", identifiantFactureCPP: r.data.identifiantFactureCPP });
      return { state: "sent", draftId, identifiantFactureCPP: r.data.identifiantFactureCPP, numeroFacture: r.data.numeroFacture ?? null, statutFacture: r.data.statutFacture ?? null };
    }
  }
  if (entry?.status === "failed") {
    await setDraftStatus(o, draftId, { status: "failed" });
    return { state: "failed", draftId, message: entry.lastError?.userMessage ?? "Chorus Pro a refusé la facture." };
  }
  return { state: "pending", draftId };
}

async function serverChecks(o: DraftOwner, rattachement: Rattachement, form: SaisieFacture) {
  const ctx = await chorusContextFor(rattachement);
  const siret = toKeyedInvoice(form).destinataire.codeDestinataire;
  // The account id comes from the browser: it must be one of the structure's valid accounts, read
  // again from Chorus Pro (a forged id never reaches soumettre).
  const compte = form.idCoordonneeBancaire === null ? null : listValidAccounts(ctx, o.idStructureCPP);
  const [recipient, refs, attachments, comptes] = await Promise.all([isValidSiret(siret) ? recipientParamsBySiret(ctx, siret) : Promise.resolve(null), loadReferentiels(ctx), ownAttachments(o, form), compte]);
  const vatRates = refs.tauxTva.map((t) => ({ code: t.code, rate: t.rate }));
  const checked = checkSaisie(form, { recipient: recipient?.params ?? null, vatRates, today: todayInParis() });
  const errors = { ...checked.errors, ...attachments.errors, ...(comptes ? checkCompteBancaire(form.idCoordonneeBancaire, comptes) : {}) };
  const totals = checked.totals;
  if (isValidSiret(siret) && !recipient) errors["destinataire.siret"] = ["Aucune structure publique de Chorus Pro n'a ce SIRET : cherchez le destinataire dans l'annuaire."];
  const code = form.destinataire.codeServiceExecutant.trim();
  if (recipient && code) {
    const service = recipient.detail.services.find((s) => s.codeService === code);
    if (!service) (errors["destinataire.codeServiceExecutant"] ??= []).push(`Le service « ${code} » n'existe pas chez ce destinataire : choisissez-le dans la liste.`);
    else if (!service.actif) (errors["destinataire.codeServiceExecutant"] ??= []).push(`Le service « ${code} » est inactif : choisissez un service actif.`);
  }
  return { ctx, errors, totals, attachmentRows: attachments.rows };
}

export async function submitSaisie(o: DraftOwner, rattachement: Rattachement, draftId: string | null, form: SaisieFacture): Promise<SubmitOutcome> {
  const existing = draftId ? await getDraft(o, draftId) : null;
  if (draftId && !existing) throw Object.assign(new Error("draft not found"), { userMessage: "Ce brouillon n'existe plus : il a peut-être été supprimé." });
  // Already on its way (a second click, another tab): report the first submission's outcome.
  if (existing && (existing.status === "queued" || existing.status === "sent") && existing.outboxId) {
    return outcomeOf(o, existing.id, await getOutboxEntry(existing.outboxId));
  }
  const draft = existing ? await updateDraft(o, existing.id, form) : await insertDraft(o, form);
  if (!draft) throw Object.assign(new Error("draft frozen"), { userMessage: "Cette facture est déjà partie vers Chorus Pro." });

  const { ctx, errors, totals, attachmentRows } = await serverChecks(o, rattachement, form);
  if (Object.keys(errors).length > 0 || !totals) {
    return { state: "invalid", draftId: draft.id, message: "La facture n'a pas été envoyée : corrigez les champs signalés.", fieldErrors: errors };
  }
  const common = { idStructureCPP: o.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: o.accountId, idUtilisateurCourant: rattachement.idUtilisateurCourant };
  // Attachments first: the invoice leaves only once Chorus Pro holds every one of them. The draft
  // stays a draft meanwhile (the browser asks again), so a refusal leaves everything editable.
  const attached = await sendAttachments(common, form, attachmentRows);
  if (attached.state === "failed") return { state: "failed", draftId: draft.id, message: attached.message };
  if (attached.state === "pending") return { state: "attaching", draftId: draft.id };
  const body = toSoumettreBody(form, totals, o.idStructureCPP, attached.pieces);
  const base = soumettreDedupKey(o.idStructureCPP, body.numeroFactureSaisi);
  // After a refusal the supplier corrects and sends again under the same number: a new key per
  // attempt (still shared by the double clicks of that attempt).
  const previous = draft.outboxId ? await getOutboxEntry(draft.outboxId) : null;
  const dedupKey = previous?.status === "failed" ? `${base}:apres:${previous.id}` : base;
  const { id } = await enqueue({
    ...common, kind: "factures.soumettre", payload: body, dedupKey, subjectType: "invoice_draft", subjectId: draft.id,
  });
  await setDraftStatus(o, draft.id, { status: "queued", outboxId: id });
  return outcomeOf(o, draft.id, await awaitOutcome(id, WAIT_MS));
}

export async function refreshSubmission(o: DraftOwner, draftId: string): Promise<SubmitOutcome> {
  const draft = await getDraft(o, draftId);
  if (!draft?.outboxId) throw Object.assign(new Error("no submission"), { userMessage: "Aucun envoi en cours pour ce brouillon." });
  return outcomeOf(o, draft.id, await getOutboxEntry(draft.outboxId));
}
