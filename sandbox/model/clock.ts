// Dates in the wire formats seen in CONTRACT §4.0: "YYYY-MM-DD" for business dates, ISO with offset for
// dateHeureEtatCourant, "YYYY-MM-DD HH:mm" for history (PASTELL fixture / GO parser).

export function isoDate(d: Date = new Date()): string {
  return d.toISOString().slice(0, 10);
}

/** "2019-07-11T15:45:39.674+00:00" — the shape of the PASTELL fixture, always in UTC here. */
export function isoDateTime(d: Date = new Date()): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** "2018-04-19 11:08" from an ISO date-time (history rows). */
export function histoDate(iso: string): string {
  return iso.slice(0, 10) + " " + iso.slice(11, 16);
}

/** Accepts "YYYY-MM-DD" or a date-time and returns the "YYYY-MM-DD" part for comparisons. */
export function dayOf(value: string | undefined): string | undefined {
  return value ? value.slice(0, 10) : undefined;
}

const PARIS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** Minutes Europe/Paris is ahead of UTC at the instant `utcMs` (60 in winter, 120 in summer). */
function parisOffsetMinutes(utcMs: number): number {
  const p = Object.fromEntries(PARIS.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  return (Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - Math.floor(utcMs / 1000) * 1000) / 60_000;
}

/**
 * A filter bound ("YYYY-MM-DD", "YYYY-MM-DDTHH:mm:ss", with or without offset) as the UTC prefix
 * "YYYY-MM-DDTHH:mm:ss" that stored dateHeureEtatCourant values are compared with.
 * INFERRED: a bound without offset is Paris time, the time zone Chorus Pro works in (its examples
 * carry +01:00/+02:00 and clients send "…T23:59:59" for end of day, CONTRACT §4.0). A date alone
 * means the whole day: from 00:00:00 (start) or to 23:59:59 (end).
 */
export function utcBound(value: string, edge: "start" | "end"): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const time = h === undefined ? (edge === "start" ? [0, 0, 0] : [23, 59, 59]) : [+h, +mi!, s === undefined ? (edge === "start" ? 0 : 59) : +s];
  const naive = Date.UTC(+y!, +mo! - 1, +d!, time[0]!, time[1]!, time[2]!);
  let utc: number;
  if (zone) {
    const sign = zone === "Z" ? 0 : zone.startsWith("-") ? -1 : 1;
    const digits = zone.replace(/[^\d]/g, "");
    utc = naive - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  } else {
    // Two passes settle the offset around daylight-saving changes.
    utc = naive - parisOffsetMinutes(naive) * 60_000;
    utc = naive - parisOffsetMinutes(utc) * 60_000;
  }
  return new Date(utc).toISOString().slice(0, 19);
}
