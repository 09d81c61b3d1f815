import Decimal from "decimal.js";
import { intlLocale, type FormatLocale } from "./locale";

export type AmountInput = string | number | Decimal;

// Plain decimal notation as sent by Chorus Pro ("1234.56") and as produced by Decimal#toFixed;
// exponents are tolerated because Number#toString may produce them.
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function toDecimal(value: AmountInput): Decimal | null {
  if (Decimal.isDecimal(value)) return value.isFinite() ? value : null;
  if (typeof value === "number") return Number.isFinite(value) ? new Decimal(value) : null;
  const trimmed = value.trim();
  return DECIMAL_STRING.test(trimmed) ? new Decimal(trimmed) : null;
}

let stringPrecisionSupport: boolean | undefined;

/**
 * Intl.NumberFormat formats decimal strings exactly since ECMA-402 NumberFormat v3 (Node 19+,
 * Chrome 106, Safari 15.4, Firefox 116). Older engines (Firefox ESR 115, still common in
 * administrations) coerce the string to a double, so we detect that once and fall back.
 */
function supportsStringPrecision(): boolean {
  stringPrecisionSupport ??=
    new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 0 }).format(
      "9007199254740993" as `${number}`,
    ) === "9007199254740993";
  return stringPrecisionSupport;
}

/**
 * Formats an exact, already rounded decimal string without going through a double: the layout
 * (sign, currency, spacing) comes from formatting ±1, the digits from the string itself.
 */
export function formatExactFallback(formatter: Intl.NumberFormat, fixed: string): string {
  const negative = fixed.startsWith("-");
  const [integerDigits = "0", fractionDigits = ""] = (negative ? fixed.slice(1) : fixed).split(".");
  const group = formatter.formatToParts(1_000_000).find((part) => part.type === "group")?.value;
  const grouped =
    group === undefined ? integerDigits : integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sample = formatter.formatToParts(negative ? -1 : 1);
  let output = "";
  for (const part of sample) {
    if (part.type === "integer") output += grouped;
    else if (part.type === "group") continue;
    else if (part.type === "fraction") output += fractionDigits;
    else output += part.value;
  }
  return output;
}

function formatRounded(formatter: Intl.NumberFormat, value: Decimal, exactFallback: boolean): string {
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  let rounded = value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  // "-0.001" must not show as "-0,00 €".
  if (rounded.isZero()) rounded = rounded.abs();
  const fixed = rounded.toFixed(digits);
  if (!exactFallback && supportsStringPrecision()) return formatter.format(fixed as `${number}`);
  return formatExactFallback(formatter, fixed);
}

/**
 * `1 234,56 €` (fr) / `€1,234.56` (en). Decimal strings keep every digit (no double on the way);
 * rounding to the currency's minor unit is half away from zero. Returns "" for a non-number.
 */
export function formatAmount(value: AmountInput, currency = "EUR", locale: FormatLocale = "fr"): string {
  const decimal = toDecimal(value);
  if (!decimal) return "";
  const formatter = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency });
  return formatRounded(formatter, decimal, false);
}

/** Same as formatAmount through the fallback path (exported for tests only). */
export function formatAmountWithoutStringSupport(value: AmountInput, currency = "EUR", locale: FormatLocale = "fr"): string {
  const decimal = toDecimal(value);
  if (!decimal) return "";
  const formatter = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency });
  return formatRounded(formatter, decimal, true);
}

/**
 * A plain decimal such as a quantity or a VAT rate: `1 234,5` (fr). Fraction digits between
 * `minFractionDigits` and `maxFractionDigits` (default 0..6). Returns "" for a non-number.
 */
export function formatDecimal(
  value: AmountInput,
  locale: FormatLocale = "fr",
  { minFractionDigits = 0, maxFractionDigits = 6 }: { minFractionDigits?: number; maxFractionDigits?: number } = {},
): string {
  const decimal = toDecimal(value);
  if (!decimal) return "";
  const formatter = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: minFractionDigits,
    maximumFractionDigits: Math.max(minFractionDigits, maxFractionDigits),
  });
  let rounded = decimal.toDecimalPlaces(Math.max(minFractionDigits, maxFractionDigits), Decimal.ROUND_HALF_UP);
  if (rounded.isZero()) rounded = rounded.abs();
  const fraction = Math.max(minFractionDigits, Math.min(rounded.decimalPlaces(), maxFractionDigits));
  const fixed = rounded.toFixed(fraction);
  if (supportsStringPrecision()) return formatter.format(fixed as `${number}`);
  return formatExactFallback(formatter, fixed);
}
