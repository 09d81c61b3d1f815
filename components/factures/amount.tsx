import { formatAmount, type FormatLocale } from "@/lib/format";

/** An amount in its currency, French format by default; "—" when Chorus Pro sent none. */
export function Amount({ value, devise, locale = "fr", className }: { value: string | undefined; devise?: string | undefined; locale?: FormatLocale; className?: string }) {
  const text = value === undefined ? "" : formatAmount(value, devise || "EUR", locale);
  return <span className={className ?? "tabular-nums whitespace-nowrap"}>{text || "—"}</span>;
}
