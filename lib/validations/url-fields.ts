// The zod schemas of list filters typed in a search form, shared by the invoice spaces' search
// modules (each declares its own field table with them).
import { z } from "zod";
import { parseDecimalInput } from "@/lib/format/parse-decimal";

/** Free text, trimmed, at most `max` characters. */
export const textParam = (max: number) => z.string().trim().min(1).max(max);

/** A calendar day AAAA-MM-JJ that exists (2026-02-30 does not). */
export const dateParam = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => {
  // Date.parse first: toISOString() throws on an impossible month such as 2026-13-45.
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
});

/** An amount ≥ 0 typed the French or English way ("1 234,56"), as a canonical decimal string. */
export const amountParam = z.string().trim().min(1).max(30).transform((v, ctx) => {
  const d = parseDecimalInput(v);
  if (d === null || d.startsWith("-")) { ctx.addIssue({ code: "custom", message: "amount" }); return z.NEVER; }
  return d;
});

/** A SIRET as the filter takes it: 14 digits (the check digit is Chorus Pro's business). */
export const siretParam = z.string().trim().regex(/^\d{14}$/);

// Field tables that several lists declare alike (Chorus Pro's rechercher criteria of the same name).

/** Deposit, invoice and last-status-change date ranges. */
export const DATE_RANGE_FIELDS = {
  depotDu: { schema: dateParam, invalid: "date" },
  depotAu: { schema: dateParam, invalid: "date" },
  factureDu: { schema: dateParam, invalid: "date" },
  factureAu: { schema: dateParam, invalid: "date" },
  etatDu: { schema: dateParam, invalid: "date" },
  etatAu: { schema: dateParam, invalid: "date" },
} as const;

/** Amount ranges, excluding and including VAT. */
export const AMOUNT_RANGE_FIELDS = {
  htMin: { schema: amountParam, invalid: "amount" },
  htMax: { schema: amountParam, invalid: "amount" },
  ttcMin: { schema: amountParam, invalid: "amount" },
  ttcMax: { schema: amountParam, invalid: "amount" },
} as const;

/** Contract and purchase-order (engagement) numbers. */
export const REFERENCE_FIELDS = {
  numeroMarche: { schema: textParam(100), invalid: "text" },
  numeroBonCommande: { schema: textParam(100), invalid: "text" },
} as const;
