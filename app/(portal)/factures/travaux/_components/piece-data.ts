import "server-only";
import { notFound } from "next/navigation";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import {
  consulterDossierFacturationTravaux, consulterFactureTravaux, isChorusProError, recupererMotifsRefusFactureTravaux,
  type DossierFacturation, type FactureTravauxDetail, type MotifRefusTravaux,
} from "@/lib/chorus-pro";
import { logger } from "@/lib/log";

// Unknown piece, another structure's piece, or a forged id: Chorus Pro answers "unknown" (no leak),
// and the page shows the same not-found for all of them.
const NOT_FOUND_CODES = new Set([20000, 20211]);

export async function loadPiece(r: Rattachement, id: number): Promise<{ piece: FactureTravauxDetail; dossier: DossierFacturation | null }> {
  const ctx = await chorusContextFor(r);
  try {
    const piece = await consulterFactureTravaux(ctx, { idFactureTravaux: id });
    const dossier = await consulterDossierFacturationTravaux(ctx, { idFactureTravaux: id }).catch((err: unknown) => {
      logger.warn({ err, id }, "travaux: billing file unavailable");
      return null;
    });
    return { piece, dossier };
  } catch (err) {
    if (isChorusProError(err) && err.codeRetour !== undefined && NOT_FOUND_CODES.has(err.codeRetour)) notFound();
    throw err;
  }
}

export async function loadDossier(r: Rattachement, idDossierFacturation: number): Promise<DossierFacturation> {
  const ctx = await chorusContextFor(r);
  try {
    return await consulterDossierFacturationTravaux(ctx, { idDossierFacturation });
  } catch (err) {
    if (isChorusProError(err) && err.codeRetour !== undefined && NOT_FOUND_CODES.has(err.codeRetour)) notFound();
    throw err;
  }
}

/** The refusal motifs of the piece's cadre; an empty list (and a message) when they cannot be read. */
export async function loadMotifs(r: Rattachement, cadre: string | undefined): Promise<MotifRefusTravaux[]> {
  const ctx = await chorusContextFor(r);
  try {
    return await recupererMotifsRefusFactureTravaux(ctx, cadre ? { codeCadreFacturationTravaux: cadre as never } : {});
  } catch (err) {
    logger.warn({ err }, "travaux: refusal motifs unavailable");
    return [];
  }
}
