import type { z } from "zod";

// Reading list filters from the URL, shared by the three invoice spaces: each field is parsed on
// its own, and a bad value drops that filter (reported in `ignored`), never the whole page.

export type RawParams = Record<string, string | string[] | undefined>;
export type Ignored<K extends string> = { name: string; kind: K }[];

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

/** A page number ≥ 1 (1 by default); anything else is reported. */
export function parsePage(raw: RawParams, ignored: Ignored<"page" | string>): number {
  const pageRaw = first(raw.page);
  const page = pageRaw && /^\d{1,6}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1;
  if (pageRaw && String(page) !== pageRaw.replace(/^0+/, "")) ignored.push({ name: "page", kind: "page" });
  return page;
}
