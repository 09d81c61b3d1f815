import Decimal from "decimal.js";
import { formatExactFallback, supportsStringPrecision } from "./amount-exact";
import { numberFormat } from "./intl-cache";
import { intlLocale, type FormatLocale } from "./locale";

export { formatExactFallback };

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
  const formatter = numberFormat(intlLocale(locale), { style: "currency", currency });
  return formatRounded(formatter, decimal, false);
}

/** Same as formatAmount through the fallback path (exported for tests only). */
export function formatAmountWithoutStringSupport(value: AmountInput, currency = "EUR", locale: FormatLocale = "fr"): string {
  const decimal = toDecimal(value);
  if (!decimal) return "";
  const formatter = numberFormat(intlLocale(locale), { style: "currency", currency });
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
  const formatter = numberFormat(intlLocale(locale), {
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
