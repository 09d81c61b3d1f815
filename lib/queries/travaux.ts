// The works list's URL state → the rechercher body (CONTRACT §4.5), and the react-query keys of the
// space. Pure: shared by the server page and tests.
import type { RechercherFactureTravauxParam } from "@/lib/chorus-pro/schemas/factures-travaux";
import type { z } from "zod";
import { TRI_COLONNE, type SearchRole, type TravauxListState } from "@/lib/validations/travaux-search";

export const PAGE_SIZE = 20;

export const travauxKeys = {
  all: ["factures", "travaux"] as const,
  list: (idStructureCPP: number, state: Omit<TravauxListState, "ignored">) => ["factures", "travaux", "list", idStructureCPP, state] as const,
  piece: (idStructureCPP: number, id: number) => ["factures", "travaux", "piece", idStructureCPP, id] as const,
  outbox: (id: string) => ["factures", "travaux", "outbox", id] as const,
};

export function toTravauxSearch(role: SearchRole, s: TravauxListState): z.input<typeof RechercherFactureTravauxParam> {
  return {
    roleUtilisateur: role,
    ...(s.type ? { listeTypeFactureTravaux: [s.type] } : {}),
    ...(s.statut ? { listeStatutCourant: [s.statut] } : {}),
    ...(s.du ? { periodeDateDepotDu: s.du } : {}),
    ...(s.au ? { periodeDateDepotAu: s.au } : {}),
    ...(s.min ? { montantTTCMin: s.min } : {}),
    ...(s.max ? { montantTTCMax: s.max } : {}),
    ...(s.marche ? { numeroMarche: s.marche } : {}),
    ...(s.numero ? { numeroFactureTravaux: s.numero } : {}),
    // "Waiting for me": the last piece of each file only.
    ...(s.attente ? { uniquementSansPieceSuivante: true } : {}),
    rechercheFactureTravaux: {
      pageResultatDemandee: s.page ?? 1, nbResultatsParPage: PAGE_SIZE,
      triColonne: TRI_COLONNE[s.tri ?? "dateDepot"], triSens: (s.sens ?? "desc") === "asc" ? "Ascendant" : "Descendant",
    },
  };
}
