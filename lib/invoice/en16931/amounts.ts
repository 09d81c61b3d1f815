import { Dec, parseDec, round2, sum } from "../decimal";

/** Decimal of an optional XML amount; null when absent or not a number (the XSD's business). */
export const amount = (text: string | undefined): Dec | null => parseDec(text);

/** Sum of the readable amounts, missing ones counting as 0 (the schematron's sum() does too). */
export function total(texts: readonly (string | undefined)[]): Dec {
  return round2(sum(texts.map((t) => parseDec(t) ?? new Dec(0))));
}

export function sameRate(a: string | undefined, b: string | undefined): boolean {
  const x = parseDec(a);
  const y = parseDec(b);
  if (x === null || y === null) return x === y;
  return x.equals(y);
}

/** Display of an amount in messages, with a comma as the French decimal separator. */
export function fr(value: Dec | string): string {
  const text = typeof value === "string" ? value : value.toFixed(2);
  return text.replace(".", ",");
}
