import { intlLocale, type FormatLocale } from "./locale";

// Exact formatting of decimal strings without decimal.js, for client components that show amounts
// already rounded by the invoice computations (decimal.js would add ≈ 12 KB to their first load).

let stringPrecisionSupport: boolean | undefined;

/**
 * Intl.NumberFormat formats decimal strings exactly since ECMA-402 NumberFormat v3 (Node 19+,
 * Chrome 106, Safari 15.4, Firefox 116). Older engines (Firefox ESR 115, still common in
 * administrations) coerce the string to a double, so we detect that once and fall back.
 */
export function supportsStringPrecision(): boolean {
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


/**
 * `1 234,56 €` for a decimal string ALREADY rounded to the currency's minor unit (as the totals of
 * lib/invoice are). Returns "" for anything else; use formatAmount (lib/format/amount) to round.
 */
export function formatRoundedAmount(value: string, currency = "EUR", locale: FormatLocale = "fr"): string {
  // Built per call: this module runs in the browser, where the cache's bytes cost more than it saves.
  const formatter = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m || (m[3]?.length ?? 0) > digits) return "";
  const fraction = (m[3] ?? "").padEnd(digits, "0");
  const zero = /^0*$/.test(m[2]! + fraction);
  const fixed = `${zero ? "" : m[1]}${m[2]}${digits ? `.${fraction}` : ""}`;
  return supportsStringPrecision() ? formatter.format(fixed as `${number}`) : formatExactFallback(formatter, fixed);
}
