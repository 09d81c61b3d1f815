import type { z } from "zod";

// Reading list filters from the URL, shared by the three invoice spaces: each field is parsed on
// its own, and a bad value drops that filter (reported in `ignored`), never the whole page. What a
// space adds of its own (its fields, sort columns, views, `structure`) stays in its search module.
// No zod schema here (types only): the field schemas are in ./url-fields.

export type RawParams = Record<string, string | string[] | undefined>;
export type Ignored<K extends string> = { name: string; kind: K }[];
export type SortDir = "asc" | "desc";

type FieldTable = Record<string, { schema: z.ZodType; invalid: string }>;
/** The filters a field table yields (each optional), plus the ticked statuses. */
export type FiltersOf<F extends FieldTable, Statut extends string> = { [K in keyof F]?: z.output<F[K]["schema"]> } & { statut?: Statut[] };
/** Why a parameter was ignored: its field's kind, or a bad page or sort. */
export type InvalidKindOf<F extends FieldTable> = F[keyof F]["invalid"] | "page" | "sort";

/** What every invoice list reads from its URL; each space adds its own (view, structure). */
export interface ListStateOf<F extends FieldTable, Statut extends string, SortKey extends string> {
  filters: FiltersOf<F, Statut>;
  sort: SortKey;
  dir: SortDir;
  page: number;
  size: PageSize;
  ignored: { name: string; kind: InvalidKindOf<F> }[];
}

/** Every invoice list offers the same page sizes. */
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export type PageSize = (typeof PAGE_SIZES)[number];

export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
export const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Parses every declared single-valued field present in `raw`. */
export function parseFields<K extends string>(fields: Record<string, { schema: z.ZodType; invalid: K }>, raw: RawParams, ignored: Ignored<K>): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(fields)) {
    const value = first(raw[name]);
    if (value === undefined || value.trim() === "") continue;
    const parsed = def.schema.safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else ignored.push({ name, kind: def.invalid });
  }
  return filters;
}

/** The `statut` values that are in `allowed` (deduplicated); any other value is reported. */
export function parseStatuts<S extends string>(raw: RawParams, allowed: (s: string) => s is S, ignored: Ignored<"enum" | string>): S[] {
  const statuts = all(raw.statut).filter((s) => s.trim() !== "");
  const known = statuts.filter(allowed);
  if (known.length < statuts.length) ignored.push({ name: "statut", kind: "enum" });
  return [...new Set(known)];
}

/** The fields, then `statut` (added to the filters only when one is kept). */
export function parseFilters<K extends string, S extends string>(
  fields: Record<string, { schema: z.ZodType; invalid: K }>, raw: RawParams, allowed: (s: string) => s is S, ignored: Ignored<K | "enum">,
): Record<string, unknown> {
  const filters = parseFields(fields, raw, ignored);
  const statuts = parseStatuts(raw, allowed, ignored);
  if (statuts.length) filters.statut = statuts;
  return filters;
}

/** A page number ≥ 1 (1 by default); anything else is reported. */
export function parsePage(raw: RawParams, ignored: Ignored<"page" | string>): number {
  const pageRaw = first(raw.page);
  const page = pageRaw && /^\d{1,6}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1;
  if (pageRaw && String(page) !== pageRaw.replace(/^0+/, "")) ignored.push({ name: "page", kind: "page" });
  return page;
}

/**
 * `tri` (a key of `columns`, reported when unknown), `sens` (the default sort starts with the
 * newest, any other column ascending), `page` and `taille` (an unknown size falls back silently).
 */
export function parseOrder<S extends string>(raw: RawParams, columns: Record<S, string>, defaultSort: S, ignored: Ignored<"sort" | "page" | string>) {
  const sortRaw = first(raw.tri);
  const sort = sortRaw && Object.hasOwn(columns, sortRaw) ? (sortRaw as S) : defaultSort;
  if (sortRaw && sort !== sortRaw) ignored.push({ name: "tri", kind: "sort" });
  const dirRaw = first(raw.sens);
  const dir: SortDir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : sort === defaultSort ? "desc" : "asc";
  const page = parsePage(raw, ignored);
  const sizeRaw = Number(first(raw.taille));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeRaw) ? (sizeRaw as PageSize) : DEFAULT_PAGE_SIZE;
  return { sort, dir, page, size };
}

/** `structure` asked for in the URL (the page checks it against the user's rattachements). */
export function parseStructure(raw: RawParams, ignored: Ignored<"enum" | string>): { structure?: number } {
  const structureRaw = first(raw.structure);
  const structure = structureRaw && /^\d{1,15}$/.test(structureRaw) ? Number(structureRaw) : undefined;
  if (structureRaw && structure === undefined) ignored.push({ name: "structure", kind: "enum" });
  return structure !== undefined ? { structure } : {};
}

type Order<S extends string> = { sort: S; dir: SortDir; page: number; size: number };

/**
 * The list's URL: `lead` (what a space puts first: structure, view), the filters, then the order
 * when it is not the default one. Filters survive every link (sort, page, view).
 */
export function buildListHref<S extends string>(base: string, lead: Record<string, string | undefined>, filters: object, order: Order<S>, defaultSort: S): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(lead)) if (value !== undefined) q.set(name, value);
  for (const [name, value] of Object.entries(filters)) {
    if (Array.isArray(value)) for (const v of value) q.append(name, String(v));
    else if (value !== undefined) q.set(name, String(value));
  }
  if (order.sort !== defaultSort || order.dir !== "desc") { q.set("tri", order.sort); q.set("sens", order.dir); }
  if (order.size !== DEFAULT_PAGE_SIZE) q.set("taille", String(order.size));
  if (order.page > 1) q.set("page", String(order.page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** Next direction when a column header is clicked: same column flips, a new column starts ascending (the default one newest first). */
export function sortDirAfter<S extends string>(state: { sort: S; dir: SortDir }, column: S, defaultSort: S): SortDir {
  if (state.sort !== column) return column === defaultSort ? "desc" : "asc";
  return state.dir === "asc" ? "desc" : "asc";
}
