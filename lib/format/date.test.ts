import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./date";

describe("formatDate", () => {
  it("formats calendar dates without shifting them through a time zone", () => {
    expect(formatDate("2026-11-27")).toBe("27/11/2026");
    expect(formatDate("2026-11-27", "en")).toBe("27/11/2026");
    expect(formatDate("2026-01-01", "fr", { timeZone: "Pacific/Tahiti" })).toBe("01/01/2026");
  });

  it("formats instants in Paris time by default", () => {
    expect(formatDate("2026-11-27T23:30:00Z")).toBe("28/11/2026");
    expect(formatDate(new Date("2026-11-27T10:00:00Z"), "en")).toBe("27/11/2026");
    expect(formatDate(Date.UTC(2026, 10, 27, 23, 30), "fr", { timeZone: "UTC" })).toBe("27/11/2026");
  });

  it("returns an empty string for missing or invalid dates", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("")).toBe("");
    expect(formatDate("not a date")).toBe("");
    expect(formatDate("2026-02-30")).toBe("");
    expect(formatDate(new Date(Number.NaN))).toBe("");
  });
});

describe("formatDateTime", () => {
  it("formats in Paris time on a 24-hour clock", () => {
    expect(formatDateTime("2026-11-27T10:05:00Z")).toBe("27/11/2026 11:05");
    expect(formatDateTime("2026-07-01T22:15:00Z", "en")).toBe("02/07/2026, 00:15");
    expect(formatDateTime("2026-07-01T22:15:00Z", "fr", { timeZone: "UTC" })).toBe("01/07/2026 22:15");
  });

  it("returns an empty string for missing or invalid dates", () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatDateTime("garbage")).toBe("");
  });
});
