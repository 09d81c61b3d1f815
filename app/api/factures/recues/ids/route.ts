import { NextResponse, type NextRequest } from "next/server";
import { collectPages, rechercherFacturesRecipiendaire, walkPages } from "@/lib/chorus-pro";
import { DOWNLOAD_MAX_SELECTION } from "@/lib/queries/factures-emises";
import { localCriteria, matchesLocal, toRecipiendaireSearch } from "@/lib/queries/factures-recues";
import { parseListParams } from "@/lib/validations/factures-recues-search";
import { isFailure, jsonError } from "@/lib/factures/http";
import { guardSpace, upstreamFailure } from "@/lib/factures/route-guard";
import { RECUES } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/**
 * The ids of every result of a search (« télécharger tous les résultats »), up to the download
 * limit: the browser then downloads them chunk by chunk. Same criteria as the list's URL.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const sp = request.nextUrl.searchParams;
  const guard = await guardSpace(sp.get("structure"), { role: RECUES.role, action: "factures.recues.ids", subject: null });
  if (isFailure(guard)) return jsonError(guard);
  const raw: Record<string, string[]> = {};
  for (const [k, v] of sp.entries()) (raw[k] ??= []).push(v);
  const state = parseListParams(raw);
  if (state.ignored.length) {
    await guard.audit("denied", { reason: "params" });
    return jsonError({ status: 400, code: "invalid", message: "Certains critères de recherche sont invalides : corrigez-les dans le formulaire." });
  }
  if (state.filters.fournisseur || state.filters.service || state.view !== "toutes") {
    // Those need lookups or the last visit: the list page resolves them; here only direct criteria.
    await guard.audit("denied", { reason: "unsupported" });
    return jsonError({ status: 400, code: "invalid", message: "« Tous les résultats » s'utilise avec la vue « Toutes les factures », sans filtre fournisseur ni service : sélectionnez les factures dans la liste." });
  }
  try {
    const { paramRecherche, ...filters } = toRecipiendaireSearch(state, { idDestinataire: guard.rattachement.idStructureCPP });
    const local = localCriteria({ ...filters, paramRecherche });
    const pages = walkPages((page, size = 100) => rechercherFacturesRecipiendaire(guard.ctx, { ...filters, paramRecherche: { ...paramRecherche, pageResultatDemandee: page, nbResultatsParPage: size } }), { pageSize: 100, maxPages: 10 });
    const rows = await collectPages(pages, 1000);
    const ids = rows.filter((f) => matchesLocal(f, local)).map((f) => f.idFacture).filter((x): x is number => typeof x === "number");
    if (ids.length > DOWNLOAD_MAX_SELECTION) {
      await guard.audit("denied", { reason: "too_many", count: ids.length });
      return jsonError({ status: 400, code: "invalid", message: `Cette recherche donne plus de ${DOWNLOAD_MAX_SELECTION} factures : affinez les critères avant de tout télécharger.` });
    }
    await guard.audit("success", { count: ids.length });
    return NextResponse.json({ ids }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return jsonError(await upstreamFailure(err, guard.audit));
  }
}
