// The filters, sort and page of the validator's list, read from the URL. Each parameter is parsed
// on its own: a bad value drops that filter (and is reported beside its field), never the page.
import { z } from "zod";
import { first, parseFields, parsePage, parseStatuts, type RawParams } from "./url-params";
import { STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import { parseDecimalInput } from "@/lib/format/parse-decimal";

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
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

type Statut = (typeof STATUTS_FACTURE)[number];
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => {
  // Date.parse first: toISOString() throws on an impossible month such as 2026-13-45.
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
});
const amount = z.string().trim().min(1).max(30).transform((v, ctx) => {
  const d = parseDecimalInput(v);
  if (d === null || d.startsWith("-")) { ctx.addIssue({ code: "custom", message: "amount" }); return z.NEVER; }
  return d;
});

const FIELDS = {
  numero: { schema: text(50), invalid: "text" },
  depotDu: { schema: isoDate, invalid: "date" },
  depotAu: { schema: isoDate, invalid: "date" },
  factureDu: { schema: isoDate, invalid: "date" },
  factureAu: { schema: isoDate, invalid: "date" },
  cadre: { schema: z.enum(CADRES_A_VALIDER), invalid: "enum" },
  ttcMin: { schema: amount, invalid: "amount" },
  ttcMax: { schema: amount, invalid: "amount" },
  numeroMarche: { schema: text(100), invalid: "text" },
} as const;

export type InvalidKind = (typeof FIELDS)[keyof typeof FIELDS]["invalid"] | "page" | "sort";
export type Filters = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]["schema"]> } & { statut?: Statut[] };

export interface ListState {
  vue: Vue;
  filters: Filters;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
  size: (typeof PAGE_SIZES)[number];
  ignored: { name: string; kind: InvalidKind }[];
}

export type { RawParams };

/**
 * `visibles`: the statuses Chorus Pro lets a validator see (recuperer/statutsFactureVisibles/valideur);
 * a status outside it is ignored with a message rather than sent upstream.
 */
export function parseListParams(raw: RawParams, visibles: readonly string[] = STATUTS_FACTURE): ListState {
  const ignored: ListState["ignored"] = [];
  const filters = parseFields(FIELDS, raw, ignored);
  const known = parseStatuts(raw, (s): s is Statut => (STATUTS_FACTURE as readonly string[]).includes(s) && visibles.includes(s), ignored);
  if (known.length) filters.statut = known;

  const vueRaw = first(raw.vue);
  const vue: Vue = vueRaw === "toutes" ? "toutes" : "a-traiter";
  const sortRaw = first(raw.tri);
  const sort = sortRaw && sortRaw in SORT_COLUMNS ? (sortRaw as SortKey) : DEFAULT_SORT;
  if (sortRaw && sort !== sortRaw) ignored.push({ name: "tri", kind: "sort" });
  const dirRaw = first(raw.sens);
  const dir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : sort === DEFAULT_SORT ? "desc" : "asc";
  const page = parsePage(raw, ignored);
  const sizeRaw = Number(first(raw.taille));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeRaw) ? (sizeRaw as ListState["size"]) : DEFAULT_PAGE_SIZE;
  return { vue, filters: filters as Filters, sort, dir, page, size, ignored };
}

/** The URL of a state with overrides (sort, page…): filters survive every link. */
export function listHref(base: string, state: ListState, overrides: Partial<Pick<ListState, "vue" | "sort" | "dir" | "page" | "size">> = {}): string {
  const next = { vue: state.vue, sort: state.sort, dir: state.dir, page: state.page, size: state.size, ...overrides };
  const q = new URLSearchParams();
  if (next.vue !== "a-traiter") q.set("vue", next.vue);
  for (const [name, value] of Object.entries(state.filters)) {
    if (Array.isArray(value)) for (const v of value) q.append(name, String(v));
    else if (value !== undefined) q.set(name, String(value));
  }
  if (next.sort !== DEFAULT_SORT || next.dir !== "desc") { q.set("tri", next.sort); q.set("sens", next.dir); }
  if (next.size !== DEFAULT_PAGE_SIZE) q.set("taille", String(next.size));
  if (next.page > 1) q.set("page", String(next.page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

export function nextSortDir(state: ListState, column: SortKey): "asc" | "desc" {
  if (state.sort !== column) return column === DEFAULT_SORT ? "desc" : "asc";
  return state.dir === "asc" ? "desc" : "asc";
}

export const hasFilters = (state: Pick<ListState, "filters">) => Object.keys(state.filters).length > 0;
