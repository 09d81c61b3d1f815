import type { NextRequest } from "next/server";
import { consulterFactureRecipiendaire, telechargerPieceJointe } from "@/lib/chorus-pro";
import { safeFileName } from "@/lib/queries/factures-emises";
import { fileResponse, guardGestionnaire, isFailure, jsonError, sniff, upstreamFailure } from "../../_lib/guard";

export const dynamic = "force-dynamic";

const NOT_FOUND = "Facture introuvable pour votre structure.";

/** The attachments of one received invoice (transverses telecharger/pieceJointe, objet DEMANDE_PAIEMENT). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const guard = await guardGestionnaire(request.nextUrl.searchParams.get("structure"), "factures.recues.telechargerPieceJointe", { type: "facture", id });
  if (isFailure(guard)) return jsonError(guard);
  if (!/^\d{1,15}$/.test(id)) {
    await guard.audit("denied", { reason: "id" });
    return jsonError({ status: 404, code: "not_found", message: NOT_FOUND });
  }
  try {
    const facture = await consulterFactureRecipiendaire(guard.ctx, { identifiantFactureCPP: Number(id) });
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
