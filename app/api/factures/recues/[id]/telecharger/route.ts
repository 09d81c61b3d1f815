import type { NextRequest } from "next/server";
import { unzipSync } from "fflate";
import { consulterFactureRecipiendaire, telechargerGroupeFactures } from "@/lib/chorus-pro";
import { safeFileName } from "@/lib/queries/factures-emises";
import { fileResponse, guardGestionnaire, isFailure, jsonError, sniff, upstreamFailure } from "../../_lib/guard";

export const dynamic = "force-dynamic";

const NOT_FOUND = "Facture introuvable pour votre structure.";

/** One received invoice: its PDF alone, or (?pj=1) a ZIP with its attachments. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const sp = request.nextUrl.searchParams;
  const guard = await guardGestionnaire(sp.get("structure"), "factures.recues.telecharger", { type: "facture", id });
  if (isFailure(guard)) return jsonError(guard);
  if (!/^\d{1,15}$/.test(id)) {
    await guard.audit("denied", { reason: "id" });
    return jsonError({ status: 404, code: "not_found", message: NOT_FOUND });
  }
  const withPj = sp.get("pj") === "1";
  try {
    // consulter/recipiendaire first: this space serves only invoices the structure received.
    const facture = await consulterFactureRecipiendaire(guard.ctx, { identifiantFactureCPP: Number(id) });
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
