import type { NextRequest } from "next/server";
import { unzipSync } from "fflate";
import { consulterFactureValideur, telechargerGroupeFactures } from "@/lib/chorus-pro";
import { safeFileName } from "@/lib/queries/factures-emises";
import { fileResponse, isFailure, jsonError, sniff, upstreamFailure } from "@/app/api/factures/emises/_lib/guard";
import { NOT_FOUND, guardValidator } from "../../_lib/guard";

export const dynamic = "force-dynamic";

/** One invoice the structure validates: its PDF alone, or (?pj=1) a ZIP of the PDF and its attachments. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const sp = request.nextUrl.searchParams;
  const guard = await guardValidator(sp.get("structure"), id, "factures.aValider.telecharger");
  if (isFailure(guard)) return jsonError(guard);
  const withPj = sp.get("pj") === "1";
  try {
    // consulter/valideur first: telecharger/groupe also serves invoices the structure sent or
    // received, and this space shows only those it validates.
    const facture = await consulterFactureValideur(guard.ctx, { identifiantFactureCPP: Number(id) });
    const r = await telechargerGroupeFactures(guard.ctx, { format: "PDF", avecPiecesJointesComplementaires: withPj ? "OUI" : "NON", listeFacture: [{ idFacture: Number(id) }] });
    const zip = new Uint8Array(Buffer.from(r.fichierResultat, "base64"));
    const name = safeFileName(facture.numeroFacture ?? id);
    await guard.audit("success", { pj: withPj });
    if (!withPj && sniff(zip).ext === "zip") {
      const files = Object.values(unzipSync(zip));
      const only = files.length === 1 ? files[0] : undefined;
      if (only && sniff(only).ext === "pdf") return fileResponse(only, `${name}.pdf`, "application/pdf");
    }
    const kind = sniff(zip);
    return fileResponse(zip, `${name}.${kind.ext}`, kind.type);
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit, NOT_FOUND));
  }
}
