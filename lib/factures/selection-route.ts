import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { telechargerGroupeFactures } from "@/lib/chorus-pro";
import { DOWNLOAD_CHUNK_SIZE } from "@/lib/queries/factures-emises";
import { fileResponse, isFailure, jsonError } from "./http";
import { guardSpace, upstreamFailure } from "./route-guard";
import type { InvoiceSpace } from "./spaces";

const Ids = z.array(z.string().regex(/^\d{1,15}$/).transform(Number)).min(1).max(DOWNLOAD_CHUNK_SIZE);

type SelectionOptions = {
  /** The ZIP is named `<prefix>-<idStructureCPP>.zip`. */
  fileNamePrefix: string;
  /** Said when a request carries more than DOWNLOAD_CHUNK_SIZE ids (a browser without JavaScript). */
  tooManyMessage: string;
};

/**
 * GET of `telecharger`: one telecharger/groupe call, the ZIP of up to DOWNLOAD_CHUNK_SIZE invoices
 * of the structure. A larger selection is split by the browser (one call per chunk, merged
 * client-side), so that no portal instance keeps state between calls. Chorus Pro scopes the ids to
 * the technical account.
 */
export function selectionDownloadRoute(space: InvoiceSpace, { fileNamePrefix, tooManyMessage }: SelectionOptions): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const params = request.nextUrl.searchParams;
    const raw = [...new Set(params.getAll("id"))];
    const guard = await guardSpace(params.get("structure"), { role: space.role, action: `${space.auditPrefix}.telechargerGroupe`, subject: null });
    if (isFailure(guard)) return jsonError(guard);
    const ids = Ids.safeParse(raw);
    if (!ids.success) {
      await guard.audit("denied", { reason: "ids", count: raw.length });
      const message = raw.length > DOWNLOAD_CHUNK_SIZE ? tooManyMessage : "Sélectionnez au moins une facture (identifiants numériques).";
      return jsonError({ status: 400, code: "invalid", message });
    }
    try {
      const r = await telechargerGroupeFactures(guard.ctx, { format: "PDF", avecPiecesJointesComplementaires: "NON", listeFacture: ids.data.map((idFacture) => ({ idFacture })) });
      await guard.audit("success", { count: ids.data.length });
      return fileResponse(Buffer.from(r.fichierResultat, "base64"), `${fileNamePrefix}-${guard.rattachement.idStructureCPP}.zip`, "application/zip");
    } catch (err) {
      return jsonError(await upstreamFailure(err, guard.audit, "Une ou plusieurs factures de la sélection sont introuvables pour votre structure."));
    }
  };
}
