// The validator's list: query keys and the mapping from the portal's list state to the
// rechercher/valideur and rechercher/aTraiter/valideur requests (wire names exact). Pure.
import { SORT_COLUMNS, STATUTS_A_TRAITER, hasFilters, type ListState } from "@/lib/validations/factures-a-valider-search";

export const facturesAValiderKeys = {
  all: ["factures", "a-valider"] as const,
  list: (idStructureCPP: number, state: Pick<ListState, "vue" | "filters" | "sort" | "dir" | "page" | "size">) =>
    [...facturesAValiderKeys.all, "list", idStructureCPP, state] as const,
  detail: (idStructureCPP: number, id: number) => [...facturesAValiderKeys.all, "detail", idStructureCPP, id] as const,
};

/** Whether the validator may still decide on an invoice in this status (LIFECYCLE §3). */
export function isDecidable(statut: string | null | undefined): boolean {
  return (STATUTS_A_TRAITER as readonly string[]).includes(statut ?? "");
}

const pagination = (state: Pick<ListState, "sort" | "dir" | "page" | "size">) => ({
  pageResultatDemandee: state.page,
  nbResultatsParPage: state.size,
  triColonne: SORT_COLUMNS[state.sort],
  triSens: state.dir === "asc" ? ("Ascendant" as const) : ("Descendant" as const),
});

/**
 * Which operation serves a state: the "à traiter" view without filters is exactly what
 * rechercher/aTraiter/valideur answers; any filter needs rechercher/valideur, restricted to the
 * awaiting statuses when the view is "à traiter".
 */
export function toValideurRequest(state: Pick<ListState, "vue" | "filters" | "sort" | "dir" | "page" | "size">, idStructure: number) {
  if (state.vue === "a-traiter" && !hasFilters(state)) {
    return { op: "aTraiter" as const, body: { idStructure, pagination: pagination(state) } };
  }
  const f = state.filters;
  const awaiting: string[] = [...STATUTS_A_TRAITER];
  const statuts = state.vue === "a-traiter" ? (f.statut?.length ? f.statut.filter((s) => awaiting.includes(s)) : [...STATUTS_A_TRAITER]) : f.statut;
  return {
    op: "rechercher" as const,
    // A status filter outside the awaiting ones in the "à traiter" view matches nothing.
    empty: statuts !== undefined && statuts.length === 0,
    body: {
      ...(f.numero ? { numeroFacture: f.numero } : {}),
      ...(f.depotDu ? { periodeDateDepotDu: f.depotDu } : {}),
      ...(f.depotAu ? { periodeDateDepotAu: f.depotAu } : {}),
      ...(f.factureDu ? { periodeDateFactureDu: f.factureDu } : {}),
      ...(f.factureAu ? { periodeDateFactureAu: f.factureAu } : {}),
      ...(statuts?.length ? { statutCourant: statuts } : {}),
      ...(f.cadre ? { cadreFacturation: f.cadre } : {}),
      ...(f.ttcMin ? { montantTTCMin: f.ttcMin } : {}),
      ...(f.ttcMax ? { montantTTCMax: f.ttcMax } : {}),
      ...(f.numeroMarche ? { numeroMarche: f.numeroMarche } : {}),
      pagination: pagination(state),
    },
  };
}
