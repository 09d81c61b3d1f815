"use server";

import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { isValidSiret } from "@/lib/format";
import { getDb } from "@/lib/db/client";
import { uploads } from "@/lib/db/schema";
import { awaitOutcome, enqueue } from "@/lib/outbox/queue";
import type { AjouterFichierUploadPayload } from "@/lib/outbox/file-senders";
import { FollowUpError, guardedInvoice, sendThroughOutbox, type FollowUpState } from "./follow-up";

const base = {
  idFacture: z.number().int().positive(),
  idStructureCPP: z.number().int().positive(),
  // One per form submission: a double click or a retry never queues the write twice.
  requestId: z.uuid(),
};
const opts = <S extends z.ZodType<{ idFacture: number; idStructureCPP: number }>>(action: string, schema: S) => ({
  action, roles: ["fournisseur"] as const, schema,
  structureOf: (i: z.infer<S>) => i.idStructureCPP,
  subjectOf: (i: z.infer<S>) => ({ type: "facture", id: String(i.idFacture) }),
});

const CompleterInput = z.object({
  ...base,
  commentaire: z.string().trim().max(255, { error: "Le commentaire ne doit pas dépasser 255 caractères." }).optional(),
  uploadIds: z.array(z.uuid()).max(10, { error: "Dix pièces jointes au plus." }).default([]),
}).refine((v) => (v.commentaire ?? "") !== "" || v.uploadIds.length > 0, { path: ["commentaire"], error: "Ajoutez un commentaire ou au moins une pièce jointe." });

/** SUSPENDUE → completer: attachments first (ajouter/fichier, streamed), then the completion. */
export const completerAction = authedAction(opts("factures.completer", CompleterInput), async ({ user, rattachement, input }): Promise<FollowUpState | { status: "attaching" }> => {
  const ctx = await chorusContextFor(rattachement);
  await guardedInvoice(ctx, input.idFacture, "completer");
  const common = { idStructureCPP: input.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id, idUtilisateurCourant: rattachement.idUtilisateurCourant };
  const files = input.uploadIds.length === 0 ? [] : await getDb().select().from(uploads)
    .where(and(inArray(uploads.id, input.uploadIds), eq(uploads.accountId, user.id), eq(uploads.idStructureCPP, input.idStructureCPP), eq(uploads.kind, "attachment")));
  if (files.length !== input.uploadIds.length) throw new FollowUpError("Une pièce jointe est introuvable : envoyez-la à nouveau.");
  const pieces: { id: number; nom: string }[] = [];
  for (const f of files) {
    if (f.pieceJointeId) { pieces.push({ id: f.pieceJointeId, nom: f.fileName }); continue; }
    const ext = f.fileName.includes(".") ? f.fileName.slice(f.fileName.lastIndexOf(".") + 1).toUpperCase() : "PDF";
    const payload: AjouterFichierUploadPayload = { uploadId: f.id, storagePath: f.storagePath, pieceJointeNom: f.fileName, pieceJointeTypeMime: f.mimeType, pieceJointeExtension: ext };
    const { id } = await enqueue({ ...common, kind: "transverses.ajouterFichier.upload", payload, dedupKey: `pj:${f.id}`, subjectType: "upload", subjectId: f.id });
    const entry = await awaitOutcome(id, 5_000);
    if (entry?.status === "failed") throw new FollowUpError(entry.lastError?.userMessage ?? `Chorus Pro a refusé la pièce jointe ${f.fileName}.`);
    const pj = (entry?.result as { pieceJointeId?: number } | null)?.pieceJointeId;
    if (!pj) return { status: "attaching" };
    pieces.push({ id: pj, nom: f.fileName });
  }
  return sendThroughOutbox({
    ...common, kind: "factures.completer", dedupKey: `completer:${input.requestId}`, subjectType: "facture", subjectId: String(input.idFacture),
    payload: {
      identifiantFactureCPP: input.idFacture, commentaire: input.commentaire || undefined,
      pieceJointeComplementaire: pieces.length ? pieces.map((p) => ({ pieceJointeComplementaireId: p.id, pieceJointeComplementaireDesignation: p.nom })) : undefined,
    },
  });
});

/** REJETEE → traiterRejet (the supplier acknowledges the rejection). */
export const traiterRejetAction = authedAction(opts("factures.traiterRejet", z.object(base)), async ({ user, rattachement, input }) => {
  const ctx = await chorusContextFor(rattachement);
  await guardedInvoice(ctx, input.idFacture, "traiterRejet");
  return sendThroughOutbox({
    kind: "factures.traiterRejet", idStructureCPP: input.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
    idUtilisateurCourant: rattachement.idUtilisateurCourant, dedupKey: `rejet:${input.idFacture}`, subjectType: "facture", subjectId: String(input.idFacture),
    payload: { listeDemandePaiement: [{ idDemandePaiement: input.idFacture }] },
  });
});

const ValideurInput = z.object({
  ...base,
  siretValideur: z.string().trim().transform((v) => v.replace(/\s/g, "")).refine((v) => /^\d{14}$/.test(v) && isValidSiret(v), { error: "Le SIRET du valideur doit comporter 14 chiffres avec une clé de contrôle juste." }),
});

/** ERREUR_*_SUR_VALIDEUR → corriger/valideur/facture with the right validator. */
export const corrigerValideurAction = authedAction(opts("factures.corrigerValideur", ValideurInput), async ({ user, rattachement, input }) => {
  const ctx = await chorusContextFor(rattachement);
  await guardedInvoice(ctx, input.idFacture, "corrigerValideur");
  return sendThroughOutbox({
    kind: "factures.corrigerValideur", idStructureCPP: input.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
    idUtilisateurCourant: rattachement.idUtilisateurCourant, dedupKey: `valideur:${input.requestId}`, subjectType: "facture", subjectId: String(input.idFacture),
    payload: { idFacture: input.idFacture, identifiantStructure: input.siretValideur, typeIdentifiantStructure: "SIRET" },
  });
});
