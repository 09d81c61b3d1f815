// telecharger/groupe: a real ZIP (fflate) of real PDFs (pdf-lib), capped in count and size (limits table).
import { zipSync } from "fflate";
import { z } from "zod";
import type { Router } from "../http/router";
import { BusinessError, ok } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { LIMITS } from "../model/limits";
import { renderInvoicePdf } from "../model/pdf";
import type { Invoice } from "../model/types";
import { canDownload, canSee, currentUser, opt, zInt, zStr } from "./common";
import { factureView } from "./factures-consulter";

const body = z.object({
  idUtilisateurCourant: opt(zInt), idEspace: opt(zInt), format: opt(zStr), avecPiecesJointesComplementaires: opt(zStr),
  listeFacture: z.array(z.object({ idFacture: zInt }).loose()).min(1),
}).loose();

const fileName = (i: Invoice, ext: string) => `${i.numero.replace(/[^\w.-]/g, "_") || "facture"}_${i.id}.${ext}`;

export function register(router: Router): void {
  router.cpro("factures", "/cpro/factures/v1/telecharger/groupe", async (ctx) => {
    const b = body.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    if (b.listeFacture.length > LIMITS.downloadMaxInvoices) throw new BusinessError("TELECHARGER_TOO_MANY", `maximum ${LIMITS.downloadMaxInvoices}`);
    const invoices = b.listeFacture.map((f) => {
      const inv = ctx.ns.invoices.get(f.idFacture);
      if (!inv || !canDownload(inv, ctx.structure.idStructureCPP)) throw new BusinessError("DP_UNKNOWN");
      return inv;
    });
    const files: Record<string, Uint8Array> = {};
    let size = 0;
    const pivot = (b.format ?? "PDF").toUpperCase() === "PIVOT" && INFERRED.pivotIsXml;
    for (const inv of invoices) {
      const data = pivot
        ? Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<FacturePivot>${JSON.stringify(factureView(ctx.ns, inv, true)).replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"))}</FacturePivot>\n`)
        : await renderInvoicePdf(ctx.ns, inv);
      files[fileName(inv, pivot ? "xml" : "pdf")] = data;
      size += data.length;
      if ((b.avecPiecesJointesComplementaires ?? "NON").toUpperCase() === "OUI") {
        for (const pj of [inv.pjPrincipale, ...inv.pjComplementaires]) {
          const att = pj && ctx.ns.attachments.get(pj.id);
          if (!att) continue;
          files[`${inv.id}_pj_${att.id}_${att.nom}`] = Buffer.from(att.base64, "base64");
          size += att.size;
        }
      }
      if (size > LIMITS.downloadBytes) throw new BusinessError("TELECHARGER_TOO_LARGE");
    }
    const zip = zipSync(files, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
    if (zip.length > LIMITS.downloadBytes) throw new BusinessError("TELECHARGER_TOO_LARGE");
    for (const inv of invoices) {
      // INFERRED: a download by the recipient marks the invoice and logs TELECHARGEMENT_FACTURE.
      if (INFERRED.downloadMarksRecipientAction && canSee("recipiendaire", inv, ctx.structure.idStructureCPP)) {
        inv.telechargee = true;
        ctx.ns.addAction(inv, "TELECHARGEMENT_FACTURE", user.idUtilisateur);
      }
    }
    return { json: { ...ok(), fichierResultat: Buffer.from(zip).toString("base64") } };
  });
}
