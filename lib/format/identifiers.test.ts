import { describe, expect, it } from "vitest";
import { formatSiren, formatSiret, isValidFrenchVat, isValidSiren, isValidSiret } from "./identifiers";

describe("formatSiret / formatSiren", () => {
  it("groups the digits", () => {
    expect(formatSiret("12345678900012")).toBe("123 456 789 00012");
    expect(formatSiret("123 456 789 00012")).toBe("123 456 789 00012");
    expect(formatSiren("123456789")).toBe("123 456 789");
  });

  it("returns anything else unchanged", () => {
    expect(formatSiret("1234")).toBe("1234");
    expect(formatSiren("12345678A")).toBe("12345678A");
    expect(formatSiret("")).toBe("");
  });
});

describe("isValidSiren", () => {
  it.each(["732829320", "542051180", "356000000", "732 829 320"])("accepts %j", (value) => {
    expect(isValidSiren(value)).toBe(true);
  });

  it.each(["732829321", "123456789", "73282932", "7328293200", "73282932A", ""])("rejects %j", (value) => {
    expect(isValidSiren(value)).toBe(false);
  });
});

describe("isValidSiret", () => {
  it.each(["73282932000074", "54205118000066", "732 829 320 00074"])("accepts Luhn-valid %j", (value) => {
    expect(isValidSiret(value)).toBe(true);
  });

  it.each(["73282932000075", "12345678900012", "7328293200007", "7328293200007A"])("rejects %j", (value) => {
    expect(isValidSiret(value)).toBe(false);
  });

  it("accepts La Poste establishments whose digits sum to a multiple of 5", () => {
    // Not Luhn-valid, digit sum 45.
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(isValidSiret("35600000049838")).toBe(false);
  });

  it("keeps the Luhn rule for La Poste's head office", () => {
    expect(isValidSiret("35600000000048")).toBe(true);
  });
});

describe("isValidFrenchVat", () => {
  it.each(["FR40303265045", "FR59542051180", "fr 59 542 051 180"])("accepts %j", (value) => {
    expect(isValidFrenchVat(value)).toBe(true);
  });

  it.each(["FR41303265045", "FR4030326504", "DE40303265045", "FRXX303265045", "40303265045", ""])(
    "rejects %j",
    (value) => {
      expect(isValidFrenchVat(value)).toBe(false);
    },
  );
});
