import { CADRES_FACTURATION } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import { PAGE_SIZES } from "@/lib/validations/url-params";
import type { FilterFieldSpec } from "./filter-field";

// Builders of the field lists that the invoice spaces' search forms share.

export const textField = (name: string, label: string, hint?: string): FilterFieldSpec => ({ name, label, hint });
export const dateField = (name: string, label: string): FilterFieldSpec => ({ name, label, input: "date" });
export const amountField = (name: string, label: string, hint: string): FilterFieldSpec => ({ name, label, hint, input: "decimal" });
export const siretField = (name: string, label: string, hint: string): FilterFieldSpec => ({ name, label, hint, input: "numeric" });

export function selectField<V extends string>(name: string, label: string, values: readonly V[], labelOf: (v: V) => string, any?: string): FilterFieldSpec {
  return { name, label, any, options: values.map((value) => ({ value, label: labelOf(value) })) };
}

export const pageSizeField = (label: string, size: number): FilterFieldSpec => ({
  ...selectField("taille", label, PAGE_SIZES.map(String), (s) => s),
  value: String(size),
});

/** The errors beside the fields: each rejected parameter's message, by the kind of its rejection. */
export function errorsOf<K extends string>(ignored: readonly { name: string; kind: K }[], messages: Record<K, string>): Record<string, string> {
  return Object.fromEntries(ignored.map((i) => [i.name, messages[i.kind]]));
}

/** The first value of each URL parameter, as typed. */
export const rawText = (raw: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

type FacturesLabels = Messages["factures"];

/**
 * « Plus de critères » of the supplier's and the recipient's lists (same rechercher criteria):
 * dates, type, cadre, amounts (`amounts` adds the space's own after TTC), references, then `last`.
 */
export function invoiceCriteria(t: FacturesLabels, opts: { types: readonly ("FACTURE" | "AVOIR" | "ACOMPTE")[]; amounts?: FilterFieldSpec[]; last: FilterFieldSpec }): FilterFieldSpec[] {
  const f = t.filters;
  return [
    dateField("depotDu", f.depotDu), dateField("depotAu", f.depotAu),
    dateField("factureDu", f.factureDu), dateField("factureAu", f.factureAu),
    dateField("etatDu", f.etatDu), dateField("etatAu", f.etatAu),
    selectField("type", f.type, opts.types, (v) => t.typesFacture[v], f.any),
    selectField("cadre", f.cadre, CADRES_FACTURATION, (v) => t.cadres[v], f.any),
    amountField("htMin", f.htMin, f.amountHint), amountField("htMax", f.htMax, f.amountHint),
    amountField("ttcMin", f.ttcMin, f.amountHint), amountField("ttcMax", f.ttcMax, f.amountHint),
    ...(opts.amounts ?? []),
    textField("numeroMarche", f.numeroMarche), textField("numeroBonCommande", f.numeroBonCommande),
    opts.last,
  ];
}
