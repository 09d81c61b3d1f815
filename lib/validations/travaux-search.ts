// The works list's URL state (role, filters, sort, page): parsed leniently (a bad value is dropped and
// reported, never a 500) so that a list can be shared, reloaded and bookmarked.
import { z } from "zod";
import { STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import { TypeFactureTravaux } from "@/lib/chorus-pro/schemas/enums";
import { parseDecimalInput } from "@/lib/format";

export const SEARCH_ROLES = ["FOURNISSEUR", "MOE", "MOA", "DESTINATAIRE"] as const;
export type SearchRole = (typeof SEARCH_ROLES)[number];

/** The portal role that gives each search role on a structure. */
export const PORTAL_ROLE_OF: Record<SearchRole, "fournisseur" | "moe" | "moa" | "gestionnaire"> = {
  FOURNISSEUR: "fournisseur", MOE: "moe", MOA: "moa", DESTINATAIRE: "gestionnaire",
};

export function searchRolesFor(portalRoles: readonly string[]): SearchRole[] {
  return SEARCH_ROLES.filter((r) => portalRoles.includes(PORTAL_ROLE_OF[r]));
}

export const SORT_COLUMNS = ["dateDepot", "numero", "montantTTC", "statut"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
/** Portal column → triColonne (INFERRED names, same as the Factures API's). */
export const TRI_COLONNE: Record<SortColumn, string> = { dateDepot: "DateDepot", numero: "NumeroFacture", montantTTC: "MontantTTC", statut: "Statut" };

const date = z.iso.date();
const amount = z.string().transform((v, ctx) => { const d = parseDecimalInput(v); if (d === null) { ctx.addIssue({ code: "custom", message: "amount" }); return z.NEVER; } return d; });
const FIELDS = {
  role: z.enum(SEARCH_ROLES), type: TypeFactureTravaux, statut: z.enum(STATUTS_FACTURE), du: date, au: date,
  min: amount, max: amount, marche: z.string().trim().min(1).max(50), numero: z.string().trim().min(1).max(20),
  tri: z.enum(SORT_COLUMNS), sens: z.enum(["asc", "desc"]), page: z.coerce.number().int().min(1).max(10_000),
  attente: z.enum(["1"]),
} as const;
type Fields = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]> };

export type RawParams = Record<string, string | string[] | undefined>;
export type TravauxListState = Fields & { ignored: string[] };

export function parseTravauxParams(raw: RawParams): TravauxListState {
  const out: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [k, schema] of Object.entries(FIELDS)) {
    const v = raw[k];
    const s = Array.isArray(v) ? v[0] : v;
    if (s === undefined || s === "") continue;
    const r = (schema as z.ZodType).safeParse(s);
    if (r.success) out[k] = r.data; else ignored.push(k);
  }
  return { ...(out as Fields), ignored };
}

/** The list URL with some params changed (undefined removes one); the page resets unless given. */
export function travauxHref(base: string, state: TravauxListState, patch: Partial<Record<keyof Fields, string | number | undefined>>): string {
  const p = new URLSearchParams();
  const merged: Record<string, unknown> = { ...state, page: undefined, ...patch };
  for (const k of Object.keys(FIELDS)) {
    const v = merged[k];
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  }
  const q = p.toString();
  return q ? `${base}?${q}` : base;
}
