// Lenient readers of wire values (CONTRACT §8: ids and amounts come as numbers or strings) and the
// strict writers used in requests. Schemas transform wire → domain: z.input is the wire shape,
// z.output the domain type that leaves the gateway.
import Decimal from "decimal.js";
import { z } from "zod";
import { UNKNOWN_STATUT, UPSTREAM_TIME_ZONE } from "../inferred";
import { STATUTS_FACTURE, type StatutFacture } from "./enums";

// Performance: a search page is 20–100 rows of ~30 fields, and every field used to be a pipe
// (nullish → transform), which made the response parse the gateway's main cost (issue 4 bench).
// So nulls are dropped once per response (`dropNulls`, called by the client before parsing), every
// optional field is a plain `.optional()`, and each lenient reader is ONE transform that checks and
// converts in a single step. Semantics are unchanged: null and absent both become undefined.

/** Deletes every null-valued key, recursively, in place (JSON.parse output only). */
export function dropNulls<T>(v: T): T {
  if (Array.isArray(v)) { for (const x of v) if (x !== null && typeof x === "object") dropNulls(x); return v; }
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    for (const k in o) { const x = o[k]; if (x === null) delete o[k]; else if (typeof x === "object") dropNulls(x); }
  }
  return v;
}

/** Parses a wire value the way the client does (nulls dropped first); for tests and fixtures. */
export function parseWire<S extends z.ZodType>(schema: S, wire: unknown): z.output<S> {
  return schema.parse(dropNulls(structuredClone(wire)));
}

/** An optional field: absent (or null, dropped before parsing) becomes undefined in the domain. */
export const opt = <S extends z.ZodType>(s: S) => s.optional();

const INVALID = Symbol("invalid wire value");
/** One-step lenient reader: `read` returns the domain value, or INVALID when the wire value is wrong. */
function reader<T>(message: string, read: (v: unknown) => T | typeof INVALID) {
  return z.transform((v: unknown, ctx): T => {
    const out = read(v);
    if (out === INVALID) { ctx.addIssue({ code: "custom", message, input: v }); return z.NEVER; }
    return out;
  });
}
/** Some answers write an unknown date or amount as "" (deposer/pdf with an unreadable PDF): absent. */
const isBlank = (v: unknown) => typeof v === "string" && v.trim() === "";

const INTEGER = /^-?\d+$/;
/** int64 id, number or numeric string → number (ids stay below 2^53 in every sample seen). */
export const wireId = reader("expected an integer id", (v) => {
  const n = typeof v === "number" ? v : typeof v === "string" && INTEGER.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) ? n : INVALID;
});

/** int counters (pages, totals), lenient the same way. */
export const wireInt = wireId;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Amount → canonical decimal string; the number→string step uses the shortest round-trip form. */
export const wireAmount = reader("not a decimal amount", (v): string | undefined | typeof INVALID => {
  if (isBlank(v)) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return INVALID;
    // String(number) is already the shortest round-trip form; Decimal only has to expand exponents.
    const s = String(v);
    return s.includes("e") ? new Decimal(s).toFixed() : s;
  }
  if (typeof v !== "string") return INVALID;
  const s = v.trim().replace(",", ".");
  return DECIMAL.test(s) ? new Decimal(s).toFixed() : INVALID;
});

const BOOLEANS: Record<string, boolean> = { true: true, false: false, OUI: true, NON: false, oui: true, non: false };
export const wireBool = reader("not a boolean", (v) => (typeof v === "boolean" ? v : typeof v === "string" ? (BOOLEANS[v] ?? INVALID) : INVALID));

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;
/** "2026-04-03", "2026-04-03T00:00:00+02:00" → "2026-04-03" (the calendar date as written upstream). */
export const wireDate = reader("not a date", (v): string | undefined | typeof INVALID =>
  isBlank(v) ? undefined : typeof v === "string" ? (DATE_PREFIX.exec(v.trim())?.[1] ?? INVALID) : INVALID);

/** Offset of UPSTREAM_TIME_ZONE at a given instant, e.g. "+02:00". */
let offsetFormat: Intl.DateTimeFormat | undefined; // building one costs ~50 µs: once per process
function parisOffset(at: Date): string {
  offsetFormat ??= new Intl.DateTimeFormat("en-US", { timeZone: UPSTREAM_TIME_ZONE, timeZoneName: "longOffset" });
  const name = offsetFormat
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

export const wireDateTime = reader("not a datetime", (v): Date | undefined | typeof INVALID =>
  isBlank(v) ? undefined : typeof v === "string" ? (parseUpstreamDateTime(v) ?? INVALID) : INVALID);

const KNOWN_STATUTS: ReadonlySet<string> = new Set(STATUTS_FACTURE);
export const wireStatut = reader("not a status", (v): StatutFacture | typeof INVALID => {
  if (typeof v !== "string") return INVALID;
  const s = v.trim();
  return KNOWN_STATUTS.has(s) ? (s as StatutFacture) : UNKNOWN_STATUT;
});

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

export const list = <S extends z.ZodType>(s: S) => z.array(s).optional().transform((v) => v ?? []);

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
