// The filters, sort, page and view of the recipient's invoice list, read from the URL. Every field
// is parsed on its own: a bad value drops that filter (and is reported), never the whole page.
import { z } from "zod";
import { CADRES_FACTURATION, STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import { AMOUNT_RANGE_FIELDS, DATE_RANGE_FIELDS, REFERENCE_FIELDS, amountParam, siretParam, textParam } from "./url-fields";
import { buildListHref, first, parseFilters, parseOrder, parseStructure, sortDirAfter, type FiltersOf, type InvalidKindOf, type ListStateOf, type RawParams } from "./url-params";

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "./url-params";
export type { RawParams };

/** Portal sort keys → rechercher/recipiendaire triColonne (ParamRechercheDemandeRecipiendaire enum). */
export const SORT_COLUMNS = {
  numero: "NumeroFacture",
  fournisseur: "Fournisseur",
  service: "CodeServiceExecutant",
  dateFacture: "DateFacture",
  dateDepot: "DateDepot",
  montantTTC: "MontantTTC",
  montantAPayer: "MontantAPayer",
  statut: "Statut",
} as const;
export type SortKey = keyof typeof SORT_COLUMNS;
export const DEFAULT_SORT: SortKey = "dateDepot";

/** toutes: rechercher/recipiendaire · nouveautes: changed since the last visit · atraiter: rechercher/atraiter/recipiendaire */
export const VIEWS = ["toutes", "nouveautes", "atraiter"] as const;
export type View = (typeof VIEWS)[number];

// rechercher/recipiendaire accepts only these two in listeTypeFacture (SW-FACT enum).
export const TYPES_RECUS = ["FACTURE", "AVOIR"] as const;

const FIELDS = {
  numero: { schema: textParam(50), invalid: "text" },
  fournisseur: { schema: siretParam, invalid: "siret" },
  service: { schema: textParam(100), invalid: "text" },
  ...DATE_RANGE_FIELDS,
  type: { schema: z.enum(TYPES_RECUS), invalid: "enum" },
  cadre: { schema: z.enum(CADRES_FACTURATION), invalid: "enum" },
  ...AMOUNT_RANGE_FIELDS,
  apayerMin: { schema: amountParam, invalid: "amount" },
  apayerMax: { schema: amountParam, invalid: "amount" },
  ...REFERENCE_FIELDS,
  telechargee: { schema: z.enum(["oui", "non"]), invalid: "enum" },
} as const;

type Statut = (typeof STATUTS_FACTURE)[number];
export type InvalidKind = InvalidKindOf<typeof FIELDS>;
export type Filters = FiltersOf<typeof FIELDS, Statut>;

export interface ListState extends ListStateOf<typeof FIELDS, Statut, SortKey> {
  view: View;
  /** `structure` asked for in the URL (checked by the page against the user's rattachements). */
  structure?: number;
}

const isStatut = (s: string): s is Statut => (STATUTS_FACTURE as readonly string[]).includes(s);

export function parseListParams(raw: RawParams): ListState {
  const ignored: ListState["ignored"] = [];
  const filters = parseFilters(FIELDS, raw, isStatut, ignored) as Filters;
  const viewRaw = first(raw.vue);
  const view: View = viewRaw && (VIEWS as readonly string[]).includes(viewRaw) ? (viewRaw as View) : "toutes";
  if (viewRaw && view !== viewRaw) ignored.push({ name: "vue", kind: "enum" });
  const order = parseOrder(raw, SORT_COLUMNS, DEFAULT_SORT, ignored);
  return { view, filters, ...order, ignored, ...parseStructure(raw, ignored) };
}

type Overrides = Partial<Pick<ListState, "sort" | "dir" | "page" | "size" | "view">>;

/** The URL of a state, with overrides (sort, page, view…): filters survive every link. */
export function listHref(base: string, state: Omit<ListState, "ignored">, overrides: Overrides = {}): string {
  const { view, ...order } = { view: state.view, sort: state.sort, dir: state.dir, page: state.page, size: state.size, ...overrides };
  const lead = { structure: state.structure !== undefined ? String(state.structure) : undefined, vue: view !== "toutes" ? view : undefined };
  return buildListHref(base, lead, state.filters, order, DEFAULT_SORT);
}

/** Next direction when a column header is clicked: same column flips, a new column starts ascending. */
export const nextSortDir = (state: Pick<ListState, "sort" | "dir">, column: SortKey) => sortDirAfter(state, column, DEFAULT_SORT);
