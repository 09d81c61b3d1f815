// The supplier's invoice list: query keys, the mapping from the portal's list state to the
// rechercher/fournisseur request, and the download chunking shared by the browser and the routes.
// Pure (no gateway import): used by server pages, route handlers and client components alike.
import type { Filters, ListState } from "@/lib/validations/factures-emises-search";
import { SORT_COLUMNS } from "@/lib/validations/factures-emises-sort";

export const facturesEmisesKeys = {
  all: ["factures", "emises"] as const,
  list: (idStructureCPP: number, state: Pick<ListState, "filters" | "sort" | "dir" | "page" | "size">) =>
    [...facturesEmisesKeys.all, "list", idStructureCPP, state] as const,
  detail: (idStructureCPP: number, id: number) => [...facturesEmisesKeys.all, "detail", idStructureCPP, id] as const,
};

// INFERRED: SW-FACT publishes no count limit for telecharger/groupe (only 120 MB per answer); the
// sandbox caps a call at 50 invoices, so a larger selection is split into calls of this size.
export const DOWNLOAD_CHUNK_SIZE = 50;
/** A selection beyond this is refused outright (one page of 100 rows, five times over). */
export const DOWNLOAD_MAX_SELECTION = 500;

export function chunk<T>(items: readonly T[], size = DOWNLOAD_CHUNK_SIZE): T[][] {
  if (size < 1) throw new RangeError("chunk size must be positive");
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Ids the URL resolved to upstream ids (the recipient SIRET and its service code). */
export interface Resolved {
  idDestinataire?: number;
  idServiceExecutant?: number;
}

/** The rechercher/fournisseur body (wire names exact) for a list state. */
export function toFournisseurSearch(state: Pick<ListState, "filters" | "sort" | "dir" | "page" | "size">, resolved: Resolved = {}) {
  const f: Filters = state.filters;
  return {
    ...(resolved.idDestinataire !== undefined
      ? { listeDestinataire: [{ idDestinataire: resolved.idDestinataire, ...(resolved.idServiceExecutant !== undefined ? { listeIdServiceExecutant: [resolved.idServiceExecutant] } : {}) }] }
      : {}),
    ...(f.numero ? { numeroFacture: f.numero } : {}),
    ...(f.depotDu ? { periodeDateDepotDu: f.depotDu } : {}),
    ...(f.depotAu ? { periodeDateDepotAu: f.depotAu } : {}),
    ...(f.factureDu ? { periodeDateFactureDu: f.factureDu } : {}),
    ...(f.factureAu ? { periodeDateFactureAu: f.factureAu } : {}),
    // The last status change is a datetime upstream: the "to" day is included up to its last second.
    ...(f.etatDu ? { periodeDateHeureEtatCourantDu: `${f.etatDu}T00:00:00` } : {}),
    ...(f.etatAu ? { periodeDateHeureEtatCourantAu: `${f.etatAu}T23:59:59` } : {}),
    ...(f.statut?.length ? { statutCourant: f.statut } : {}),
    ...(f.type ? { typeFacture: f.type } : {}),
    ...(f.cadre ? { cadreFacturation: f.cadre } : {}),
    ...(f.htMin ? { montantHTMin: f.htMin } : {}),
    ...(f.htMax ? { montantHTMax: f.htMax } : {}),
    ...(f.ttcMin ? { montantTTCMin: f.ttcMin } : {}),
    ...(f.ttcMax ? { montantTTCMax: f.ttcMax } : {}),
    ...(f.numeroMarche ? { numeroMarche: f.numeroMarche } : {}),
    ...(f.numeroBonCommande ? { numeroBonCommande: f.numeroBonCommande } : {}),
    ...(f.modeDepot ? { modeDepot: f.modeDepot } : {}),
    rechercheFactureParFournisseur: {
      pageResultatDemandee: state.page,
      nbResultatsParPage: state.size,
      triColonne: SORT_COLUMNS[state.sort],
      triSens: state.dir === "asc" ? ("Ascendant" as const) : ("Descendant" as const),
    },
  };
}

/** "F 2026/01" → "F_2026_01": a file name safe in Content-Disposition and on every file system. */
export function safeFileName(name: string, fallback = "facture"): string {
  const cleaned = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\w.-]+/g, "_").replace(/^[._]+|_+$/g, "").slice(0, 80);
  return cleaned || fallback;
}
