// The works space as its download routes see it: pure (no gateway import), unit-tested.
import { z } from "zod";
import { SPACE_ROLES } from "@/lib/auth/roles";
import { safeFileName } from "@/lib/queries/factures-emises";

/** A piece id from the URL: digits only, a safe integer (anything else is « introuvable », before any upstream call). */
export const TravauxPieceId = z.string().regex(/^\d{1,15}$/).transform(Number).pipe(z.number().int().positive().refine(Number.isSafeInteger));

/** Works pieces involve several parties: any of them may download a piece it can consult. */
export const TRAVAUX_SPACE = {
  roles: SPACE_ROLES.travaux,
  auditPrefix: "facturesTravaux",
  notFound: "Facture de travaux introuvable pour votre structure.",
} as const;

/** The downloaded file's base name: the piece's number when Chorus Pro gives one, else its id. */
export function travauxFileName(numeroFactureTravaux: string | undefined, id: number): string {
  return safeFileName(numeroFactureTravaux || `travaux-${id}`, `travaux-${id}`);
}

export function hasTravauxAttachments(piece: { listePiecesJointesComplementaires: readonly unknown[] }): boolean {
  return piece.listePiecesJointesComplementaires.length > 0;
}
