import { describe, expect, it } from "vitest";
import { isCalendarDate, parisDayEnd, parisDayStart } from "./paris-day";

describe("Paris days of the audit filters", () => {
  it("knows which dates exist", () => {
    expect(isCalendarDate("2026-11-27")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    for (const bad of ["2026-13-01", "2026-02-29", "2026-04-31", "2026-00-10", "2026-1-1", "0000-01-01", "27/11/2026", ""]) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it("starts a winter day at 23:00 UTC and a summer day at 22:00 UTC the day before", () => {
    expect(parisDayStart("2026-11-27").toISOString()).toBe("2026-11-26T23:00:00.000Z");
    expect(parisDayStart("2026-07-14").toISOString()).toBe("2026-07-13T22:00:00.000Z");
    expect(parisDayEnd("2026-11-27").toISOString()).toBe("2026-11-27T23:00:00.000Z");
    expect(parisDayEnd("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("gives the clock-change days 23 and 25 hours", () => {
    const hours = (day: string) => (parisDayEnd(day).getTime() - parisDayStart(day).getTime()) / 3_600_000;
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-10-26")).toBe(24);
  });

  it("refuses a malformed day instead of building an invalid date", () => {
    expect(() => parisDayStart("2026-13")).toThrow(RangeError);
  });
});
