import type { NextRequest } from "next/server";
import { z } from "zod";
import { telechargerGroupeFactures } from "@/lib/chorus-pro";
import { DOWNLOAD_CHUNK_SIZE } from "@/lib/queries/factures-emises";
import { fileResponse, guardGestionnaire, isFailure, jsonError, upstreamFailure } from "../_lib/guard";

export const dynamic = "force-dynamic";

const Ids = z.array(z.string().regex(/^\d{1,15}$/).transform(Number)).min(1).max(DOWNLOAD_CHUNK_SIZE);

/** One telecharger/groupe call (a chunk of the selection; the browser splits and merges). */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const raw = [...new Set(params.getAll("id"))];
  const guard = await guardGestionnaire(params.get("structure"), "factures.recues.telechargerGroupe", null);
  if (isFailure(guard)) return jsonError(guard);
  const ids = Ids.safeParse(raw);
  if (!ids.success) {
    await guard.audit("denied", { reason: "ids", count: raw.length });
    const message = raw.length > DOWNLOAD_CHUNK_SIZE
      ? `Une demande porte sur ${DOWNLOAD_CHUNK_SIZE} factures au plus : le portail découpe la sélection quand JavaScript est actif.`
      : "Sélectionnez au moins une facture (identifiants numériques).";
    return jsonError({ status: 400, code: "invalid", message });
  }
  try {
    const r = await telechargerGroupeFactures(guard.ctx, { format: "PDF", avecPiecesJointesComplementaires: "NON", listeFacture: ids.data.map((idFacture) => ({ idFacture })) });
    await guard.audit("success", { count: ids.data.length });
    return fileResponse(Buffer.from(r.fichierResultat, "base64"), `factures-recues-${guard.rattachement.idStructureCPP}.zip`, "application/zip");
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit, "Une ou plusieurs factures de la sélection sont introuvables pour votre structure."));
  }
}
