// Day bounds of the audit viewer's « Du » / « Au » filters. The people reading the log work in
// France: a day is a Paris day (23 or 25 hours around the clock changes), whatever the server's
// own time zone. Pure, so unit-tested.
import { DEFAULT_TIME_ZONE } from "@/lib/format/locale";

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: DEFAULT_TIME_ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** How far the Paris wall clock is ahead of UTC at `at` (ms). */
function offsetAt(at: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - Math.floor(at / 1000) * 1000;
}

function ymd(day: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** true for a date that exists in the calendar (2026-02-29 and 2026-13-01 do not). */
export function isCalendarDate(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The instant midnight starts `day` (YYYY-MM-DD) in Paris. */
export function parisDayStart(day: string): Date {
  const [y, m, d] = ymd(day);
  const wall = Date.UTC(y, m - 1, d);
  // The offset at the guess, then at the answer: clocks change at 2-3 am, never across midnight.
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/** The instant `day` ends in Paris (= the start of the next day), for an exclusive upper bound. */
export function parisDayEnd(day: string): Date {
  const [y, m, d] = ymd(day);
  return parisDayStart(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10));
}
