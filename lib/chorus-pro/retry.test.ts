import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./retry";

describe("backoffDelay", () => {
  it("grows exponentially under a cap, with full jitter", () => {
    const max = () => 0.999999;
    expect(backoffDelay(1, { baseMs: 100, capMs: 1000, random: max })).toBe(99);
    expect(backoffDelay(3, { baseMs: 100, capMs: 1000, random: max })).toBe(399);
    expect(backoffDelay(10, { baseMs: 100, capMs: 1000, random: max })).toBe(999);
    expect(backoffDelay(5, { baseMs: 100, capMs: 1000, random: () => 0 })).toBe(0);
  });
  it("never goes below Retry-After", () => {
    expect(backoffDelay(1, { baseMs: 100, random: () => 0, retryAfterMs: 3000 })).toBe(3000);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("0.5")).toBe(500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });
});
