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
