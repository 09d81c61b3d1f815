import "server-only";
import type { NextRequest } from "next/server";
import { unzipSync } from "fflate";
import { telechargerGroupeFactures, telechargerPieceJointe } from "@/lib/chorus-pro";
import { safeFileName } from "@/lib/queries/factures-emises";
import { fileResponse, isFailure, jsonError, sniff } from "./http";
import { guardSpace, upstreamFailure, type Allowed } from "./route-guard";
import type { Failure } from "./http";
import type { InvoiceSpace } from "./spaces";

type Params = { params: Promise<{ id: string }> };
type InvoiceHandler = (request: NextRequest, context: Params) => Promise<Response>;
type Facture = Awaited<ReturnType<InvoiceSpace["consulter"]>>;

/** The guard of a per-invoice route: the space's role, then a numeric id (else "introuvable", before any upstream call). */
function guardInvoice(space: InvoiceSpace, request: NextRequest, id: string, action: string): Promise<Allowed | Failure> {
  return guardSpace(request.nextUrl.searchParams.get("structure"), {
    role: space.role,
    action: `${space.auditPrefix}.${action}`,
    // Bounded: the id comes from the URL and is audited before it is validated.
    subject: { type: "facture", id: id.slice(0, 40) },
    precheck: async (audit) => {
      if (/^\d{1,15}$/.test(id)) return null;
      await audit("denied", { reason: "id" });
      return { status: 404, code: "not_found", message: space.notFound };
    },
  });
}

/**
 * telecharger/groupe for one payment request (an invoice, or a works piece: CONTRACT §4.1 takes any
 * idFacture), audited, then served: PDF alone, or (withPj) the ZIP with its attachments.
 */
export async function groupeDownload(guard: Allowed, idFacture: number, withPj: boolean, name: string): Promise<Response> {
  const r = await telechargerGroupeFactures(guard.ctx, { format: "PDF", avecPiecesJointesComplementaires: withPj ? "OUI" : "NON", listeFacture: [{ idFacture }] });
  const zip = new Uint8Array(Buffer.from(r.fichierResultat, "base64"));
  await guard.audit("success", { pj: withPj });
  // telecharger/groupe always zips; a ZIP of one PDF is served as that PDF.
  if (!withPj && sniff(zip).ext === "zip") {
    const files = Object.values(unzipSync(zip));
    const only = files.length === 1 ? files[0] : undefined;
    if (only && sniff(only).ext === "pdf") return fileResponse(only, `${name}.pdf`, "application/pdf");
  }
  const kind = sniff(zip);
  return fileResponse(zip, `${name}.${kind.ext}`, kind.type);
}

/** telecharger/pieceJointe (objet DEMANDE_PAIEMENT) for one payment request, audited and served. */
export async function attachmentsDownload(guard: Allowed, idFacture: number, name: string): Promise<Response> {
  const r = await telechargerPieceJointe(guard.ctx, {
    objetPieceJointe: "DEMANDE_PAIEMENT",
    demandePaiement: { listeFacture: [{ idFacture }], avecPiecesJointesComplementaires: "OUI" },
  });
  const bytes = new Uint8Array(Buffer.from(r.pieceJointe, "base64"));
  const kind = sniff(bytes);
  await guard.audit("success");
  return fileResponse(bytes, `${name}-pieces-jointes.${kind.ext}`, kind.type);
}

/** GET of `[id]/telecharger`: one invoice's PDF alone, or (?pj=1) a ZIP of the PDF and its attachments. */
export function invoiceDownloadRoute(space: InvoiceSpace): InvoiceHandler {
  return async (request, { params }) => {
    const { id } = await params;
    const guard = await guardInvoice(space, request, id, "telecharger");
    if (isFailure(guard)) return jsonError(guard);
    const withPj = request.nextUrl.searchParams.get("pj") === "1";
    try {
      // consulter first: it scopes the id to this space (see spaces.ts) and gives the file name.
      const facture = await space.consulter(guard.ctx, { identifiantFactureCPP: Number(id) });
      return await groupeDownload(guard, Number(id), withPj, safeFileName(facture.numeroFacture ?? id));
    } catch (err) {
      return jsonError(await upstreamFailure(err, guard.audit, space.notFound));
    }
  };
}

function hasAttachments(facture: Facture): boolean {
  return Boolean(facture.listeDesPiecesJointes?.pieceJointe.length || facture.pieceJointePrincipale?.idPieceJointePrincipale);
}

/** GET of `[id]/pieces-jointes`: the attachments of one invoice (transverses telecharger/pieceJointe, objet DEMANDE_PAIEMENT). */
export function invoiceAttachmentsRoute(space: InvoiceSpace): InvoiceHandler {
  return async (request, { params }) => {
    const { id } = await params;
    const guard = await guardInvoice(space, request, id, "telechargerPieceJointe");
    if (isFailure(guard)) return jsonError(guard);
    try {
      const facture = await space.consulter(guard.ctx, { identifiantFactureCPP: Number(id) });
      if (!hasAttachments(facture)) {
        await guard.audit("error", { reason: "no attachment" });
        return jsonError({ status: 404, code: "not_found", message: "Cette facture n'a pas de pièce jointe téléchargeable." });
      }
      return await attachmentsDownload(guard, Number(id), safeFileName(facture.numeroFacture ?? id));
    } catch (err) {
      return jsonError(await upstreamFailure(err, guard.audit, space.notFound));
    }
  };
}
