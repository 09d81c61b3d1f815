import { describe, expect, it } from "vitest";
import { formatIban, isValidIban } from "./iban";

describe("isValidIban", () => {
  it.each([
    "FR1420041010050500013M02606",
    "FR76 3000 6000 0112 3456 7890 189",
    "fr7630006000011234567890189",
    "DE89370400440532013000",
    "BE68539007547034",
    "GB82WEST12345698765432",
    "ES9121000418450200051332",
    "IT60X0542811101000000123456",
    "NL91ABNA0417164300",
    "LU280019400644750000",
    "CH9300762011623852957",
    "MT84MALT011000012345MTLCAST001S",
  ])("accepts %j", (value) => {
    expect(isValidIban(value)).toBe(true);
  });

  it.each([
    ["wrong check digits", "FR1520041010050500013M02606"],
    ["one digit changed", "DE89370400440532013001"],
    ["too short for FR", "FR142004101005050001302606"],
    ["too long for DE", "DE893704004405320130000"],
    ["letters in the French bank code", "FR14A0041010050500013M02606"],
    ["not an IBAN", "hello"],
    ["empty", ""],
    ["bad characters", "FR14-2004-1010-0505-0001-3M02-606"],
  ])("rejects %s", (_reason, value) => {
    expect(isValidIban(value)).toBe(false);
  });

  it("checks only the generic length range for unlisted countries", () => {
    // Tunisia, not in the table.
    expect(isValidIban("TN5910006035183598478831")).toBe(true);
    expect(isValidIban("TN59100060351835984788")).toBe(false);
  });
});

describe("formatIban", () => {
  it("groups by four in upper case", () => {
    expect(formatIban("fr7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
    expect(formatIban("FR76 3000 6000 0112 3456 7890 189")).toBe("FR76 3000 6000 0112 3456 7890 189");
    expect(formatIban("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
  });
});
