import { describe, expect, it } from "vitest";
import { formatAmount } from "./amount";
import { formatRoundedAmount } from "./amount-exact";

describe("formatRoundedAmount (no decimal.js)", () => {
  it("formats rounded decimal strings exactly like formatAmount", () => {
    for (const v of ["1234.56", "0", "0.00", "-10.50", "123456789012.34", "7", "-0.00"]) {
      expect(formatRoundedAmount(v)).toBe(formatAmount(v));
      expect(formatRoundedAmount(v, "EUR", "en")).toBe(formatAmount(v, "EUR", "en"));
    }
  });
  it("refuses what would need rounding or is not a number", () => {
    expect(formatRoundedAmount("1.234")).toBe("");
    expect(formatRoundedAmount("abc")).toBe("");
  });
});
