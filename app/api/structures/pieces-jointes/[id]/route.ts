import type { NextRequest } from "next/server";
import { z } from "zod";
import { isBankAttachment } from "@/app/(portal)/structures/_components/bank-details-data";
import { SPACE_ROLES } from "@/lib/auth/roles";
import { collectPages, recupererCoordonneesBancairesValides, telechargerPiecesJointesStructure, walkPiecesJointesStructure } from "@/lib/chorus-pro";
import { fileResponse, isFailure, jsonError, sniff } from "@/lib/factures/http";
import { guardSpace, upstreamFailure } from "@/lib/factures/route-guard";

export const dynamic = "force-dynamic";

const NOT_FOUND = "Pièce jointe introuvable pour cette structure : actualisez la fiche de la structure et réessayez.";
const idSchema = z.string().regex(/^\d{1,15}$/).transform(Number);

/**
 * GET one attachment of a structure (its Kbis…, or a bank account's RIB), by its pieceJointeId.
 * Anyone attached to the structure may read its fiche, hence its attachments; the structure comes
 * from ?structure= and is checked against the caller's rattachements, then Chorus Pro serves only
 * the technical account's own structure.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  const guard = await guardSpace(request.nextUrl.searchParams.get("structure"), {
    role: SPACE_ROLES.structures,
    action: "structures.telechargerPieceJointe",
    // Bounded: the id comes from the URL and is audited before it is validated.
    subject: { type: "pieceJointe", id: id.slice(0, 40) },
    precheck: async (audit) => {
      if (parsed.success) return null;
      await audit("denied", { reason: "id" });
      return { status: 400, code: "invalid", message: "Identifiant de pièce jointe invalide : il doit être numérique." };
    },
  });
  if (isFailure(guard)) return jsonError(guard);
  if (!parsed.success) return jsonError({ status: 400, code: "invalid", message: "Identifiant de pièce jointe invalide." });
  const idStructure = guard.rattachement.idStructureCPP;
  try {
    const [pjs, comptes] = await Promise.all([
      collectPages(walkPiecesJointesStructure(guard.ctx, idStructure), 500),
      recupererCoordonneesBancairesValides(guard.ctx, { idStructure }),
    ]);
    const pj = pjs.find((p) => p.pieceJointeId === parsed.data);
    if (!pj) {
      await guard.audit("error", { reason: "unknown attachment" });
      return jsonError({ status: 404, code: "not_found", message: NOT_FOUND });
    }
    const bank = isBankAttachment(pj, new Set(comptes.map((c) => c.idCoordonneeBancaire)));
    const files = await telechargerPiecesJointesStructure(guard.ctx, { objetPieceJointe: bank ? "STRUCTURE_COORDONNEE_BANCAIRE" : "STRUCTURE_PIECEJOINTE", idStructure });
    // Files come back named as listed; a lone unnamed file is the one asked for only if it is alone.
    const file = files.find((f) => f.nom === pj.pieceJointeDesignation) ?? (files.length === 1 && files[0]?.nom === null ? files[0] : undefined);
    if (!file) {
      await guard.audit("error", { reason: "not in download" });
      return jsonError({ status: 404, code: "not_found", message: NOT_FOUND });
    }
    const kind = sniff(file.contenu);
    await guard.audit("success", { objet: bank ? "STRUCTURE_COORDONNEE_BANCAIRE" : "STRUCTURE_PIECEJOINTE" });
    const name = pj.pieceJointeDesignation ?? `piece-jointe-${pj.pieceJointeId}.${kind.ext}`;
    return fileResponse(file.contenu, name, kind.type);
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit, NOT_FOUND));
  }
}
