// Lenient readers of wire values (CONTRACT §8: ids and amounts come as numbers or strings) and the
// strict writers used in requests. Schemas transform wire → domain: z.input is the wire shape,
// z.output the domain type that leaves the gateway.
import Decimal from "decimal.js";
import { z } from "zod";
import { UNKNOWN_STATUT, UPSTREAM_TIME_ZONE } from "../inferred";
import { STATUTS_FACTURE, type StatutFacture } from "./enums";

/** null and absent both become undefined in the domain. */
export const opt = <S extends z.ZodType>(s: S) => s.nullish().transform((v) => v ?? undefined);

/** int64 id, number or numeric string → number (ids stay below 2^53 in every sample seen). */
export const wireId = z.union([z.number().int(), z.string().trim().regex(/^-?\d+$/)]).transform((v, ctx) => {
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isSafeInteger(n)) { ctx.addIssue({ code: "custom", message: "id out of range" }); return z.NEVER; }
  return n;
});

/** int counters (pages, totals), lenient the same way. */
export const wireInt = wireId;

/** Amount → canonical decimal string; the number→string step uses the shortest round-trip form. */
export const wireAmount = z.union([z.number(), z.string().trim().min(1)]).transform((v, ctx) => {
  try {
    const d = new Decimal(typeof v === "number" ? String(v) : v.replace(",", "."));
    if (!d.isFinite()) throw new Error("not finite");
    return d.toFixed();
  } catch {
    ctx.addIssue({ code: "custom", message: "not a decimal amount" });
    return z.NEVER;
  }
});

export const wireBool = z.union([z.boolean(), z.enum(["true", "false", "OUI", "NON", "oui", "non"])]).transform((v) => v === true || v === "true" || v === "OUI" || v === "oui");

/** "2026-04-03", "2026-04-03T00:00:00+02:00" → "2026-04-03" (the calendar date as written upstream). */
export const wireDate = z.string().trim().transform((v, ctx) => {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (!m?.[1]) { ctx.addIssue({ code: "custom", message: "not a date" }); return z.NEVER; }
  return m[1];
});

/** Offset of UPSTREAM_TIME_ZONE at a given instant, e.g. "+02:00". */
function parisOffset(at: Date): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: UPSTREAM_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT+01:00";
  return name === "GMT" ? "+00:00" : name.replace("GMT", "");
}

/** Datetimes come in several shapes ("…T15:45:39.674+02:00", "2018-04-19 11:08"): → Date. */
export function parseUpstreamDateTime(v: string): Date | undefined {
  const s = v.trim().replace(" ", "T");
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined;
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(s)) { const d = new Date(s); return Number.isNaN(d.getTime()) ? undefined : d; }
  const local = s.length === 10 ? `${s}T00:00:00` : s.length === 16 ? `${s}:00` : s;
  const guess = new Date(`${local}Z`);
  if (Number.isNaN(guess.getTime())) return undefined;
  return new Date(`${local}${parisOffset(guess)}`);
}

export const wireDateTime = z.string().transform((v, ctx) => {
  const d = parseUpstreamDateTime(v);
  if (!d) { ctx.addIssue({ code: "custom", message: "not a datetime" }); return z.NEVER; }
  return d;
});

export const wireStatut = z.string().transform((v): StatutFacture => (STATUTS_FACTURE as readonly string[]).includes(v.trim()) ? (v.trim() as StatutFacture) : UNKNOWN_STATUT);

export const envelope = { codeRetour: wireInt, libelle: opt(z.string()) };

export const ParametresRetour = z.object({
  pageCourante: opt(wireInt), pages: opt(wireInt), nbResultatsParPage: opt(wireInt), total: opt(wireInt),
});

export function toPagination(p: z.output<typeof ParametresRetour> | undefined, itemCount: number) {
  return {
    pageCourante: p?.pageCourante ?? 1,
    pages: p?.pages ?? 1,
    nbResultatsParPage: p?.nbResultatsParPage ?? itemCount,
    total: p?.total ?? itemCount,
  };
}

export const list = <S extends z.ZodType>(s: S) => z.array(s).nullish().transform((v) => v ?? []);

// ---- writers (requests) ----

/** Decimal string, number or Decimal → JSON number. Serialising a decimal with ≤ 15 significant
 * digits through Number is exact; no arithmetic ever happens on the float. */
export const amountIn = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number(), z.instanceof(Decimal)]).transform((v, ctx) => {
  const d = new Decimal(v instanceof Decimal ? v : String(v));
  if (d.precision(true) > 15) { ctx.addIssue({ code: "custom", message: "amount too precise" }); return z.NEVER; }
  return Number(d.toFixed());
});
export const idIn = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);
export const dateIn = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}/), z.date().transform((d) => d.toISOString().slice(0, 10))]);
export const triSens = z.enum(["Ascendant", "Descendant"]);
export const paginationIn = {
  pageResultatDemandee: z.number().int().positive().optional(),
  nbResultatsParPage: z.number().int().positive().optional(),
  triSens: triSens.optional(),
};

/**
 * A search answer → Page. Most operations nest the counters in parametresRetour; a few
 * (rechercher/recipiendaire, CONTRACT §8.3) put them at the top level: `countersAtTopLevel`.
 */
export function pagedResponse<S extends z.ZodType>(listKey: string, item: S, countersAtTopLevel = false) {
  return z.preprocess(
    (raw) => {
      const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
      return { items: o[listKey], parametresRetour: countersAtTopLevel ? o : (o.parametresRetour ?? o) };
    },
    z.object({ items: list(item), parametresRetour: opt(ParametresRetour) }),
  ).transform((r) => ({ items: r.items, pagination: toPagination(r.parametresRetour, r.items.length) }));
}

export function emptyPage<T>(): { items: T[]; pagination: { pageCourante: number; pages: number; nbResultatsParPage: number; total: number } } {
  return { items: [], pagination: { pageCourante: 1, pages: 0, nbResultatsParPage: 0, total: 0 } };
}
