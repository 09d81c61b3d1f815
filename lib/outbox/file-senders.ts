import "server-only";
import { eq } from "drizzle-orm";
import { ajouterFichierDepuisDisque, deposerFluxFactureFichier, deposerPdfFactureFichier, type ChorusContext } from "@/lib/chorus-pro";
import { getDb } from "@/lib/db/client";
import { fluxDeposits, uploads } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { resolveStoragePath } from "@/lib/uploads/store";

// Writes that carry a file: the outbox row holds the upload's id and relative path (never the
// file), and the body is streamed from disk when the worker sends it.

type FileRef = { uploadId: string; storagePath: string };
export type AjouterFichierUploadPayload = FileRef & { pieceJointeNom: string; pieceJointeTypeMime: string; pieceJointeExtension: string };
export type DeposerFluxUploadPayload = FileRef & { nomFichier: string; syntaxeFlux: string; avecSignature?: boolean };
export type DeposerPdfUploadPayload = FileRef & { nomFichier: string; formatDepot: string };

const pathOf = (p: FileRef) => resolveStoragePath(env.DATA_DIR, p.storagePath);

async function ajouterFichierUpload(ctx: ChorusContext, p: AjouterFichierUploadPayload) {
  const { uploadId, storagePath: _s, ...rest } = p;
  const res = await ajouterFichierDepuisDisque(ctx, { ...rest, chemin: pathOf(p) });
  // Kept on the upload so a later soumettre/completer can reference it without sending it again.
  await getDb().update(uploads).set({ pieceJointeId: res.pieceJointeId }).where(eq(uploads.id, uploadId));
  return res;
}

async function deposerFluxUpload(ctx: ChorusContext, p: DeposerFluxUploadPayload) {
  const { uploadId, storagePath: _s, syntaxeFlux, ...rest } = p;
  const res = await deposerFluxFactureFichier(ctx, { ...rest, syntaxeFlux: syntaxeFlux as never, chemin: pathOf(p) });
  await getDb().update(fluxDeposits).set({ numeroFluxDepot: res.numeroFluxDepot, lastCheckedAt: null }).where(eq(fluxDeposits.uploadId, uploadId));
  return res;
}

async function deposerPdfUpload(ctx: ChorusContext, p: DeposerPdfUploadPayload) {
  const { uploadId: _u, storagePath: _s, formatDepot, ...rest } = p;
  return deposerPdfFactureFichier(ctx, { ...rest, formatDepot: formatDepot as never, chemin: pathOf(p) });
}

export const FILE_SENDERS = {
  "transverses.ajouterFichier.upload": { send: ajouterFichierUpload },
  "factures.deposerFlux.upload": { send: deposerFluxUpload },
  "factures.deposerPdf.upload": { send: deposerPdfUpload },
};
