import { describe, expect, it } from "vitest";
import { utcBound } from "./clock";

describe("utcBound (Paris time bounds → UTC prefixes)", () => {
  it("reads a bound without offset as Paris time, winter and summer", () => {
    expect(utcBound("2026-11-27T23:09:00", "start")).toBe("2026-11-27T22:09:00");
    expect(utcBound("2026-07-14T12:00:00", "start")).toBe("2026-07-14T10:00:00");
  });
  it("takes a date alone as the whole Paris day", () => {
    expect(utcBound("2026-11-27", "start")).toBe("2026-11-26T23:00:00");
    expect(utcBound("2026-11-27", "end")).toBe("2026-11-27T22:59:59");
  });
  it("honours an explicit offset or Z", () => {
    expect(utcBound("2019-07-11T15:45:39.674+02:00", "start")).toBe("2019-07-11T13:45:39");
    expect(utcBound("2026-11-27T10:00:00Z", "end")).toBe("2026-11-27T10:00:00");
  });
  it("ignores garbage", () => {
    expect(utcBound("hier", "start")).toBeUndefined();
  });
});
