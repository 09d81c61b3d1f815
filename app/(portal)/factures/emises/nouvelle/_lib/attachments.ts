import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { uploads } from "@/lib/db/schema";
import type { AjouterFichierUploadPayload } from "@/lib/outbox/file-senders";
import { awaitOutcome, enqueue, type EnqueueInput } from "@/lib/outbox/queue";
import type { FieldErrors, SaisieFacture, SentPieces } from "@/lib/validations/saisie-facture";
import type { DraftOwner } from "./drafts";

type UploadRow = typeof uploads.$inferSelect;
export type AttachOutcome = { state: "ready"; pieces: SentPieces } | { state: "pending" } | { state: "failed"; message: string };
type Common = Pick<EnqueueInput, "idStructureCPP" | "technicalAccountId" | "accountId" | "idUtilisateurCourant">;

// How long one submission waits for Chorus Pro to take the attachments before answering « envoi
// des pièces jointes » (the browser then asks again; the outbox keeps sending meanwhile).
const WAIT_MS = 4000;

/**
 * The uploads the form names, scoped to the account and the structure (an id from the browser
 * never reaches another supplier's file), with the errors to show beside the attachment fields.
 */
export async function ownAttachments(o: DraftOwner, form: SaisieFacture): Promise<{ rows: Map<string, UploadRow>; errors: FieldErrors }> {
  const wanted = [...(form.pieceJointePrincipale ? [form.pieceJointePrincipale] : []), ...form.piecesJointes];
  const errors: FieldErrors = {};
  if (wanted.length === 0) return { rows: new Map(), errors };
  const found = await getDb().select().from(uploads).where(and(
    inArray(uploads.id, wanted.map((p) => p.uploadId)), eq(uploads.accountId, o.accountId), eq(uploads.idStructureCPP, o.idStructureCPP), inArray(uploads.kind, ["attachment", "pdf"]),
  ));
  const rows = new Map(found.map((r) => [r.id, r]));
  const missing = (name: string) => `La pièce jointe « ${name} » est introuvable : retirez-la puis envoyez-la à nouveau.`;
  if (form.pieceJointePrincipale && !rows.has(form.pieceJointePrincipale.uploadId)) errors.pieceJointePrincipale = [missing(form.pieceJointePrincipale.fileName)];
  else if (form.pieceJointePrincipale && rows.get(form.pieceJointePrincipale.uploadId)?.kind !== "pdf") errors.pieceJointePrincipale = ["La pièce jointe principale doit être le PDF de la facture."];
  for (const p of form.piecesJointes) if (!rows.has(p.uploadId)) (errors.piecesJointes ??= []).push(missing(p.fileName));
  return { rows, errors };
}

/** ajouter/fichier for one upload through the outbox (deduplicated per upload: never sent twice). */
async function attach(common: Common, row: UploadRow): Promise<{ id: number } | "pending" | { message: string }> {
  if (row.pieceJointeId) return { id: row.pieceJointeId };
  const ext = row.fileName.includes(".") ? row.fileName.slice(row.fileName.lastIndexOf(".") + 1).toUpperCase() : "PDF";
  const payload: AjouterFichierUploadPayload = { uploadId: row.id, storagePath: row.storagePath, pieceJointeNom: row.fileName, pieceJointeTypeMime: row.mimeType, pieceJointeExtension: ext };
  const { id } = await enqueue({ ...common, kind: "transverses.ajouterFichier.upload", payload, dedupKey: `pj:${row.id}`, subjectType: "upload", subjectId: row.id });
  const entry = await awaitOutcome(id, WAIT_MS);
  if (entry?.status === "failed") {
    return { message: `Chorus Pro a refusé la pièce jointe « ${row.fileName} » (${entry.lastError?.userMessage ?? "motif inconnu"}) : la facture n'a pas été envoyée. Retirez la pièce jointe ou remplacez-la, puis renvoyez.` };
  }
  const pj = (entry?.result as { pieceJointeId?: number } | null)?.pieceJointeId;
  return pj ? { id: pj } : "pending";
}

/**
 * Sends every attachment first; the invoice may leave only when all have their pieceJointeId
 * (nothing half-sent). Already received files are not sent again on a retry.
 */
export async function sendAttachments(common: Common, form: SaisieFacture, rows: Map<string, UploadRow>): Promise<AttachOutcome> {
  const order = [...(form.pieceJointePrincipale ? [form.pieceJointePrincipale] : []), ...form.piecesJointes];
  const results = await Promise.all(order.map(async (p) => {
    const row = rows.get(p.uploadId);
    return row ? { nom: row.fileName, res: await attach(common, row) } : { nom: p.fileName, res: { message: `La pièce jointe « ${p.fileName} » est introuvable.` } };
  }));
  const refused = results.find((r) => typeof r.res === "object" && "message" in r.res);
  if (refused && typeof refused.res === "object" && "message" in refused.res) return { state: "failed", message: refused.res.message };
  if (results.some((r) => r.res === "pending")) return { state: "pending" };
  const sent = results.map((r) => ({ nom: r.nom, id: (r.res as { id: number }).id }));
  const principale = form.pieceJointePrincipale ? sent[0] ?? null : null;
  return { state: "ready", pieces: { principale, complementaires: form.pieceJointePrincipale ? sent.slice(1) : sent } };
}
