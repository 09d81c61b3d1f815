import { dateTimeFormat } from "./intl-cache";
import { DEFAULT_TIME_ZONE, intlLocale, type FormatLocale } from "./locale";

export type DateInput = Date | string | number | null | undefined;

export interface DateFormatOptions {
  timeZone?: string;
}

// Chorus Pro sends calendar dates as "YYYY-MM-DD": they name a day, not an instant, so they are
// never shifted through a time zone (new Date("2026-11-27") is midnight UTC, the 26th in Papeete).
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(value: Exclude<DateInput, null | undefined>): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `27/11/2026` in both locales. Returns "" for a missing or invalid date. */
export function formatDate(value: DateInput, locale: FormatLocale = "fr", options: DateFormatOptions = {}): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    const match = CALENDAR_DATE.exec(value);
    if (match) {
      const [, year, month, day] = match;
      const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      if (check.getUTCMonth() !== Number(month) - 1) return "";
      return `${day}/${month}/${year}`;
    }
  }
  const date = toDate(value);
  if (!date) return "";
  return dateTimeFormat(intlLocale(locale), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  }).format(date);
}

/** `27/11/2026 11:05` (fr) / `27/11/2026, 11:05` (en), 24-hour clock. Returns "" when invalid. */
export function formatDateTime(value: DateInput, locale: FormatLocale = "fr", options: DateFormatOptions = {}): string {
  if (value === null || value === undefined || value === "") return "";
  const date = toDate(value);
  if (!date) return "";
  return dateTimeFormat(intlLocale(locale), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  }).format(date);
}
