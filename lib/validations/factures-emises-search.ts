// The filters, sort and page of the supplier's invoice list, read from the URL. Every field is
// parsed on its own: a bad value drops that filter (and is reported), never the whole page.
import { z } from "zod";
import { CADRES_FACTURATION, STATUTS_FACTURE, ModeDepot, TypeFacture } from "@/lib/chorus-pro/schemas/enums";
import { DEFAULT_SORT, SORT_COLUMNS, type SortKey } from "./factures-emises-sort";
import { AMOUNT_RANGE_FIELDS, DATE_RANGE_FIELDS, REFERENCE_FIELDS, siretParam, textParam } from "./url-fields";
import { buildListHref, parseFilters, parseOrder, parseStructure, sortDirAfter, type FiltersOf, type InvalidKindOf, type ListStateOf, type RawParams } from "./url-params";

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "./url-params";
export { DEFAULT_SORT, SORT_COLUMNS, type SortKey };
export type { RawParams };

/** One schema per URL parameter, with the kind of message its rejection shows. */
const FIELDS = {
  numero: { schema: textParam(50), invalid: "text" },
  destinataire: { schema: siretParam, invalid: "siret" },
  service: { schema: textParam(100), invalid: "text" },
  ...DATE_RANGE_FIELDS,
  type: { schema: TypeFacture, invalid: "enum" },
  cadre: { schema: z.enum(CADRES_FACTURATION), invalid: "enum" },
  ...AMOUNT_RANGE_FIELDS,
  ...REFERENCE_FIELDS,
  modeDepot: { schema: ModeDepot, invalid: "enum" },
} as const;

type Statut = (typeof STATUTS_FACTURE)[number];
export type InvalidKind = InvalidKindOf<typeof FIELDS>;
export type Filters = FiltersOf<typeof FIELDS, Statut>;

export interface ListState extends ListStateOf<typeof FIELDS, Statut, SortKey> {
  /** `structure` asked for in the URL (checked by the page against the user's rattachements). */
  structure?: number;
}

const isStatut = (s: string): s is Statut => (STATUTS_FACTURE as readonly string[]).includes(s);

export function parseListParams(raw: RawParams): ListState {
  const ignored: ListState["ignored"] = [];
  const filters = parseFilters(FIELDS, raw, isStatut, ignored) as Filters;
  const order = parseOrder(raw, SORT_COLUMNS, DEFAULT_SORT, ignored);
  return { filters, ...order, ignored, ...parseStructure(raw, ignored) };
}

/** The URL of a state, with overrides (sort, page…): filters and structure survive every link. */
export function listHref(base: string, state: ListState, overrides: Partial<Pick<ListState, "sort" | "dir" | "page" | "size">> = {}): string {
  const lead = { structure: state.structure !== undefined ? String(state.structure) : undefined };
  return buildListHref(base, lead, state.filters, { sort: state.sort, dir: state.dir, page: state.page, size: state.size, ...overrides }, DEFAULT_SORT);
}

/** Next direction when a column header is clicked: same column flips, a new column starts ascending. */
export const nextSortDir = (state: ListState, column: SortKey) => sortDirAfter(state, column, DEFAULT_SORT);
