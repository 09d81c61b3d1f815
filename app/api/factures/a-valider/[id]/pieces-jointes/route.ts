import type { NextRequest } from "next/server";
import { consulterFactureValideur, telechargerPieceJointe } from "@/lib/chorus-pro";
import { safeFileName } from "@/lib/queries/factures-emises";
import { fileResponse, isFailure, jsonError, sniff, upstreamFailure } from "@/app/api/factures/emises/_lib/guard";
import { NOT_FOUND, guardValidator } from "../../_lib/guard";

export const dynamic = "force-dynamic";

/** The attachments of one invoice the structure validates (transverses telecharger/pieceJointe). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const guard = await guardValidator(request.nextUrl.searchParams.get("structure"), id, "factures.aValider.telechargerPieceJointe");
  if (isFailure(guard)) return jsonError(guard);
  try {
    const facture = await consulterFactureValideur(guard.ctx, { identifiantFactureCPP: Number(id) });
    if (!facture.listeDesPiecesJointes?.pieceJointe.length && !facture.pieceJointePrincipale?.idPieceJointePrincipale) {
      await guard.audit("error", { reason: "no attachment" });
      return jsonError({ status: 404, code: "not_found", message: "Cette facture n'a pas de pièce jointe téléchargeable." });
    }
    const r = await telechargerPieceJointe(guard.ctx, {
      objetPieceJointe: "DEMANDE_PAIEMENT",
      demandePaiement: { listeFacture: [{ idFacture: Number(id) }], avecPiecesJointesComplementaires: "OUI" },
    });
    const bytes = new Uint8Array(Buffer.from(r.pieceJointe, "base64"));
    const kind = sniff(bytes);
    await guard.audit("success");
    return fileResponse(bytes, `${safeFileName(facture.numeroFacture ?? id)}-pieces-jointes.${kind.ext}`, kind.type);
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit, NOT_FOUND));
  }
}
