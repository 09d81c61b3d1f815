import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatAmount, formatAmountWithoutStringSupport, formatDecimal } from "./amount";

// Intl "fr" groups with U+202F (narrow no-break space) and puts U+00A0 before the symbol.
const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe.each([
  ["Intl with decimal strings", formatAmount],
  ["fallback without string support", formatAmountWithoutStringSupport],
])("formatAmount (%s)", (_name, format) => {
  it.each([
    ["1234.56", `1${NNBSP}234,56${NBSP}€`],
    ["0", `0,00${NBSP}€`],
    ["-10.5", `-10,50${NBSP}€`],
    ["123456789012.34", `123${NNBSP}456${NNBSP}789${NNBSP}012,34${NBSP}€`],
    ["12345678901234567890.12", `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567${NNBSP}890,12${NBSP}€`],
    ["999.999", `1${NNBSP}000,00${NBSP}€`],
    ["0.005", `0,01${NBSP}€`],
    ["-0.005", `-0,01${NBSP}€`],
    ["-0.001", `0,00${NBSP}€`],
    [" 42 ", `42,00${NBSP}€`],
  ])("fr %s", (input, expected) => {
    expect(format(input)).toBe(expected);
  });

  it("formats numbers and Decimal instances", () => {
    expect(format(1234.5)).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(format(new Decimal("0.1").plus("0.2"))).toBe(`0,30${NBSP}€`);
  });

  it("formats English and other currencies", () => {
    expect(format("1234.56", "EUR", "en")).toBe("€1,234.56");
    expect(format("-10.5", "EUR", "en")).toBe("-€10.50");
    expect(format("1234.5", "JPY", "fr")).toBe(`1${NNBSP}235${NBSP}JPY`);
    expect(format("1234.5", "USD", "fr")).toBe(`1${NNBSP}234,50${NBSP}$US`);
  });

  it.each(["", "abc", "1,5", "1 234", "NaN", "Infinity"])("returns an empty string for %j", (input) => {
    expect(format(input)).toBe("");
  });

  it("returns an empty string for non-finite numbers", () => {
    expect(format(Number.NaN)).toBe("");
    expect(format(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("formatDecimal", () => {
  it("keeps significant fraction digits only", () => {
    expect(formatDecimal("20")).toBe("20");
    expect(formatDecimal("5.50")).toBe("5,5");
    expect(formatDecimal("1234.123456789")).toBe(`1${NNBSP}234,123457`);
    expect(formatDecimal("1234.5", "en")).toBe("1,234.5");
  });

  it("honours minimum and maximum fraction digits", () => {
    expect(formatDecimal("20", "fr", { minFractionDigits: 2 })).toBe("20,00");
    expect(formatDecimal("2.345", "fr", { maxFractionDigits: 2 })).toBe("2,35");
    expect(formatDecimal("-0.0001", "fr", { maxFractionDigits: 2 })).toBe("0");
  });
});
