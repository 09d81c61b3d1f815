// The filters, sort, page and view of the recipient's invoice list, read from the URL. Every field
// is parsed on its own: a bad value drops that filter (and is reported), never the whole page.
import { z } from "zod";
import { first, parseFields, parsePage, parseStatuts, type RawParams } from "./url-params";
import { CADRES_FACTURATION, STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import { parseDecimalInput } from "@/lib/format/parse-decimal";

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

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

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
const amount = z.string().trim().min(1).max(30).transform((v, ctx) => {
  const d = parseDecimalInput(v);
  if (d === null || d.startsWith("-")) { ctx.addIssue({ code: "custom", message: "amount" }); return z.NEVER; }
  return d;
});

const FIELDS = {
  numero: { schema: text(50), invalid: "text" },
  fournisseur: { schema: z.string().trim().regex(/^\d{14}$/), invalid: "siret" },
  service: { schema: text(100), invalid: "text" },
  depotDu: { schema: isoDate, invalid: "date" },
  depotAu: { schema: isoDate, invalid: "date" },
  factureDu: { schema: isoDate, invalid: "date" },
  factureAu: { schema: isoDate, invalid: "date" },
  etatDu: { schema: isoDate, invalid: "date" },
  etatAu: { schema: isoDate, invalid: "date" },
  type: { schema: z.enum(TYPES_RECUS), invalid: "enum" },
  cadre: { schema: z.enum(CADRES_FACTURATION), invalid: "enum" },
  htMin: { schema: amount, invalid: "amount" },
  htMax: { schema: amount, invalid: "amount" },
  ttcMin: { schema: amount, invalid: "amount" },
  ttcMax: { schema: amount, invalid: "amount" },
  apayerMin: { schema: amount, invalid: "amount" },
  apayerMax: { schema: amount, invalid: "amount" },
  numeroMarche: { schema: text(100), invalid: "text" },
  numeroBonCommande: { schema: text(100), invalid: "text" },
  telechargee: { schema: z.enum(["oui", "non"]), invalid: "enum" },
} as const;

export type FilterName = keyof typeof FIELDS | "statut";
export type InvalidKind = (typeof FIELDS)[keyof typeof FIELDS]["invalid"] | "page" | "sort";

export type Filters = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]["schema"]> } & {
  statut?: (typeof STATUTS_FACTURE)[number][];
};

export interface ListState {
  view: View;
  filters: Filters;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
  size: (typeof PAGE_SIZES)[number];
  /** `structure` asked for in the URL (checked by the page against the user's rattachements). */
  structure?: number;
  ignored: { name: string; kind: InvalidKind }[];
}

export type { RawParams };

export function parseListParams(raw: RawParams): ListState {
  const ignored: ListState["ignored"] = [];
  const filters = parseFields(FIELDS, raw, ignored);
  const known = parseStatuts(raw, (s): s is (typeof STATUTS_FACTURE)[number] => (STATUTS_FACTURE as readonly string[]).includes(s), ignored);
  if (known.length) filters.statut = known;

  const viewRaw = first(raw.vue);
  const view: View = viewRaw && (VIEWS as readonly string[]).includes(viewRaw) ? (viewRaw as View) : "toutes";
  if (viewRaw && view !== viewRaw) ignored.push({ name: "vue", kind: "enum" });

  const sortRaw = first(raw.tri);
  const sort = sortRaw && sortRaw in SORT_COLUMNS ? (sortRaw as SortKey) : DEFAULT_SORT;
  if (sortRaw && sort !== sortRaw) ignored.push({ name: "tri", kind: "sort" });
  const dirRaw = first(raw.sens);
  const dir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : sort === DEFAULT_SORT ? "desc" : "asc";

  const page = parsePage(raw, ignored);
  const sizeRaw = Number(first(raw.taille));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeRaw) ? (sizeRaw as ListState["size"]) : DEFAULT_PAGE_SIZE;

  const structureRaw = first(raw.structure);
  const structure = structureRaw && /^\d{1,15}$/.test(structureRaw) ? Number(structureRaw) : undefined;
  if (structureRaw && structure === undefined) ignored.push({ name: "structure", kind: "enum" });

  return { view, filters: filters as Filters, sort, dir, page, size, ignored, ...(structure !== undefined ? { structure } : {}) };
}

type Overrides = Partial<Pick<ListState, "sort" | "dir" | "page" | "size" | "view">>;

/** The query string of a state, with overrides (sort, page, view…): filters survive every link. */
export function listHref(base: string, state: Omit<ListState, "ignored">, overrides: Overrides = {}): string {
  const q = new URLSearchParams();
  if (state.structure !== undefined) q.set("structure", String(state.structure));
  const next = { view: state.view, sort: state.sort, dir: state.dir, page: state.page, size: state.size, ...overrides };
  if (next.view !== "toutes") q.set("vue", next.view);
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

/** Next direction when a column header is clicked: same column flips, a new column starts ascending. */
export function nextSortDir(state: Pick<ListState, "sort" | "dir">, column: SortKey): "asc" | "desc" {
  if (state.sort !== column) return column === DEFAULT_SORT ? "desc" : "asc";
  return state.dir === "asc" ? "desc" : "asc";
}
