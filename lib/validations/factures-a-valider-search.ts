// The filters, sort and page of the validator's list, read from the URL. Each parameter is parsed
// on its own: a bad value drops that filter (and is reported beside its field), never the page.
import { z } from "zod";
import { STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import { amountParam, dateParam, textParam } from "./url-fields";
import { buildListHref, first, parseFilters, parseOrder, sortDirAfter, type FiltersOf, type InvalidKindOf, type ListStateOf, type RawParams } from "./url-params";

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "./url-params";
export type { RawParams };

/** The cadres that go through a validator (LIFECYCLE §3): sub-contracting and co-contracting. */
export const CADRES_A_VALIDER = ["A9_FACTURE_SOUSTRAITANT", "A12_FACTURE_COTRAITANT"] as const;
/** The statuses in which the validator's decision is awaited (the "à traiter" view). */
export const STATUTS_A_TRAITER = ["A_VALIDER_1", "A_VALIDER_2"] as const;
export const VUES = ["a-traiter", "toutes"] as const;
export type Vue = (typeof VUES)[number];

/** Portal sort keys → rechercher/valideur triColonne (names as SW-FACT spells them). */
export const SORT_COLUMNS = {
  numero: "NumeroFacture",
  fournisseur: "DesignationFournisseur",
  dateFacture: "DateFacture",
  dateDepot: "DateDepot",
  montantHT: "MontantHT",
  montantTTC: "MontantTTC",
  statut: "Statut",
} as const;
export type SortKey = keyof typeof SORT_COLUMNS;
export const DEFAULT_SORT: SortKey = "dateDepot";

const FIELDS = {
  numero: { schema: textParam(50), invalid: "text" },
  depotDu: { schema: dateParam, invalid: "date" },
  depotAu: { schema: dateParam, invalid: "date" },
  factureDu: { schema: dateParam, invalid: "date" },
  factureAu: { schema: dateParam, invalid: "date" },
  cadre: { schema: z.enum(CADRES_A_VALIDER), invalid: "enum" },
  ttcMin: { schema: amountParam, invalid: "amount" },
  ttcMax: { schema: amountParam, invalid: "amount" },
  numeroMarche: { schema: textParam(100), invalid: "text" },
} as const;

type Statut = (typeof STATUTS_FACTURE)[number];
export type InvalidKind = InvalidKindOf<typeof FIELDS>;
export type Filters = FiltersOf<typeof FIELDS, Statut>;

export interface ListState extends ListStateOf<typeof FIELDS, Statut, SortKey> {
  vue: Vue;
}

/**
 * `visibles`: the statuses Chorus Pro lets a validator see (recuperer/statutsFactureVisibles/valideur);
 * a status outside it is ignored with a message rather than sent upstream.
 */
export function parseListParams(raw: RawParams, visibles: readonly string[] = STATUTS_FACTURE): ListState {
  const ignored: ListState["ignored"] = [];
  const isVisible = (s: string): s is Statut => (STATUTS_FACTURE as readonly string[]).includes(s) && visibles.includes(s);
  const filters = parseFilters(FIELDS, raw, isVisible, ignored) as Filters;
  // An unknown view falls back on the awaiting one without a message: it has no field in the form.
  const vue: Vue = first(raw.vue) === "toutes" ? "toutes" : "a-traiter";
  return { vue, filters, ...parseOrder(raw, SORT_COLUMNS, DEFAULT_SORT, ignored), ignored };
}

/** The URL of a state with overrides (sort, page…): filters survive every link. */
export function listHref(base: string, state: ListState, overrides: Partial<Pick<ListState, "vue" | "sort" | "dir" | "page" | "size">> = {}): string {
  const { vue, ...order } = { vue: state.vue, sort: state.sort, dir: state.dir, page: state.page, size: state.size, ...overrides };
  return buildListHref(base, { vue: vue !== "a-traiter" ? vue : undefined }, state.filters, order, DEFAULT_SORT);
}

export const nextSortDir = (state: ListState, column: SortKey) => sortDirAfter(state, column, DEFAULT_SORT);

export const hasFilters = (state: Pick<ListState, "filters">) => Object.keys(state.filters).length > 0;
