import "server-only";
import type { NextRequest } from "next/server";
import { consulterFactureTravaux } from "@/lib/chorus-pro";
import { isFailure, jsonError, type Failure } from "./http";
import { attachmentsDownload, groupeDownload } from "./invoice-routes";
import { guardSpace, upstreamFailure, type Allowed } from "./route-guard";
import { TRAVAUX_SPACE, TravauxPieceId, hasTravauxAttachments, travauxFileName } from "./travaux-space";

type Params = { params: Promise<{ id: string }> };
type Handler = (request: NextRequest, context: Params) => Promise<Response>;

/** User, a works role on the structure asked for, then a well-formed piece id (else « introuvable », audited). */
async function guardPiece(request: NextRequest, raw: string, action: string): Promise<{ guard: Allowed; id: number } | Failure> {
  const parsed = TravauxPieceId.safeParse(raw);
  const guard = await guardSpace(request.nextUrl.searchParams.get("structure"), {
    role: TRAVAUX_SPACE.roles,
    action: `${TRAVAUX_SPACE.auditPrefix}.${action}`,
    // Bounded: the id comes from the URL and is audited before it is validated.
    subject: { type: "factureTravaux", id: raw.slice(0, 40) },
    precheck: async (audit) => {
      if (parsed.success) return null;
      await audit("denied", { reason: "id" });
      return { status: 404, code: "not_found", message: TRAVAUX_SPACE.notFound };
    },
  });
  if (isFailure(guard)) return guard;
  // The precheck has refused any malformed id: parsed.success holds here.
  return parsed.success ? { guard, id: parsed.data } : { status: 404, code: "not_found", message: TRAVAUX_SPACE.notFound };
}

/**
 * Reads the piece with facturesTravaux consulter as the structure first: telecharger/groupe takes any
 * payment request id, and only consulter refuses a forged id or a piece of a file the structure is no
 * party of.
 */
const readPiece = (guard: Allowed, id: number) => consulterFactureTravaux(guard.ctx, { idFactureTravaux: id });

/** GET of `travaux/[id]/telecharger`: the piece's PDF alone, or (?pj=1) a ZIP of the PDF and its attachments. */
export const travauxDownloadRoute: Handler = async (request, { params }) => {
  const allowed = await guardPiece(request, (await params).id, "telecharger");
  if (isFailure(allowed)) return jsonError(allowed);
  const { guard, id } = allowed;
  const withPj = request.nextUrl.searchParams.get("pj") === "1";
  try {
    const piece = await readPiece(guard, id);
    return await groupeDownload(guard, id, withPj, travauxFileName(piece.numeroFactureTravaux, id));
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit, TRAVAUX_SPACE.notFound));
  }
};

/** GET of `travaux/[id]/pieces-jointes`: the piece's attachments (transverses telecharger/pieceJointe, DEMANDE_PAIEMENT). */
export const travauxAttachmentsRoute: Handler = async (request, { params }) => {
  const allowed = await guardPiece(request, (await params).id, "telechargerPieceJointe");
  if (isFailure(allowed)) return jsonError(allowed);
  const { guard, id } = allowed;
  try {
    const piece = await readPiece(guard, id);
    if (!hasTravauxAttachments(piece)) {
      await guard.audit("error", { reason: "no attachment" });
      return jsonError({ status: 404, code: "not_found", message: "Cette facture de travaux n'a pas de pièce jointe téléchargeable." });
    }
    return await attachmentsDownload(guard, id, travauxFileName(piece.numeroFactureTravaux, id));
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit, TRAVAUX_SPACE.notFound));
  }
};
