import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-cache";

describe("intl-cache", () => {
  it("builds one formatter per locale and options, and formats as a fresh one would", () => {
    const a = numberFormat("fr-FR", { style: "currency", currency: "EUR" });
    expect(numberFormat("fr-FR", { style: "currency", currency: "EUR" })).toBe(a);
    expect(numberFormat("fr-FR", { style: "currency", currency: "USD" })).not.toBe(a);
    expect(a.format(1234.5)).toBe(new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(1234.5));
    const d = dateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit" });
    expect(dateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit" })).toBe(d);
    expect(dateTimeFormat("en-GB", { timeZone: "Europe/Paris", day: "2-digit" })).not.toBe(d);
  });
});
