// The sort columns of the supplier's list, apart from the zod schemas: client components import
// this file, and zod stays out of the browser bundle.

/** Portal sort keys → rechercher/fournisseur triColonne (names as SW-FACT spells them). */
export const SORT_COLUMNS = {
  numero: "NumeroFacture",
  destinataire: "DesignationDestinataire",
  dateFacture: "DateFacture",
  dateDepot: "DateDepot",
  montantHT: "MontantHT",
  montantTTC: "MontantTTC",
  statut: "Statut",
} as const;
export type SortKey = keyof typeof SORT_COLUMNS;
export const DEFAULT_SORT: SortKey = "dateDepot";
