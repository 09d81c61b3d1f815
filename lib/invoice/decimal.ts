import Decimal from "decimal.js";

// A private constructor so that no other module's Decimal.set() changes our precision or rounding.
// ROUND_HALF_UP rounds half away from zero: 0.125 → 0.13 and -0.125 → -0.13, so a credit note
// mirrors its invoice to the cent (XPath round() in the CEN schematron would give -0.12).
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal from its text ("12.5", "-3", " 7.00 "), or null when it is not a plain decimal. */
export function parseDec(value: string | undefined | null): Dec | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  return DECIMAL_TEXT.test(text) ? new Dec(text) : null;
}

/** Rounds to 2 decimals (EN 16931 amounts and Chorus Pro montants). */
export function round2(value: Dec): Dec {
  return value.toDecimalPlaces(2);
}

/** Wire form of an amount: always 2 decimals, "-0.00" normalised to "0.00". */
export function money(value: Dec): string {
  const rounded = round2(value);
  return rounded.isZero() ? "0.00" : rounded.toFixed(2);
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((acc, v) => acc.plus(v), new Dec(0));
}

/** Number of digits after the decimal point of a decimal text ("1.2500" → 4). */
export function decimalPlaces(value: string): number {
  const dot = value.trim().indexOf(".");
  return dot === -1 ? 0 : value.trim().length - dot - 1;
}
