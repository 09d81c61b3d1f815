import { describe, expect, it } from "vitest";
import { matchesSubmission } from "./match";

const since = new Date("2026-04-03T09:15:00Z");
const expected = { numero: "F-1", recipient: "11000000000004", amount: "120.00", since };
const found = { numero: "F-1", recipient: "11000000000004", amount: "120", dateDepot: "2026-04-03" };

describe("matchesSubmission", () => {
  it("matches on number, recipient, decimal-exact amount and a deposit on or after the queue day", () => {
    expect(matchesSubmission(found, expected)).toBe(true);
    expect(matchesSubmission({ ...found, amount: "120.000" }, expected)).toBe(true);
    expect(matchesSubmission({ ...found, dateDepot: "2026-04-05" }, expected)).toBe(true);
  });

  it("an older invoice carrying the same number is not ours", () => {
    expect(matchesSubmission({ ...found, dateDepot: "2026-04-02" }, expected)).toBe(false);
    expect(matchesSubmission({ ...found, amount: "120.01" }, expected)).toBe(false);
    expect(matchesSubmission({ ...found, amount: "1.2e2" }, { ...expected, amount: "120.0000000000000001" })).toBe(false);
    expect(matchesSubmission({ ...found, recipient: "11000000000005" }, expected)).toBe(false);
    expect(matchesSubmission({ ...found, numero: "F-10" }, expected)).toBe(false);
  });

  it("a field the search leaves out cannot prove the match", () => {
    expect(matchesSubmission({ ...found, amount: undefined }, expected)).toBe(false);
    expect(matchesSubmission({ ...found, dateDepot: undefined }, expected)).toBe(false);
    expect(matchesSubmission({ ...found, recipient: undefined }, expected)).toBe(false);
    expect(matchesSubmission({ ...found, amount: "n/a" }, expected)).toBe(false);
  });

  it("no recipient named (a works piece routed by its MOA): the other fields decide", () => {
    expect(matchesSubmission({ ...found, recipient: "26000006" }, { ...expected, recipient: undefined })).toBe(true);
  });

  it("a row queued late in the UTC day still matches a deposit stamped with the next (Paris) day", () => {
    const lateUtc = new Date("2026-04-03T23:30:00Z"); // 01:30 on the 4th in Paris
    expect(matchesSubmission({ ...found, dateDepot: "2026-04-04" }, { ...expected, since: lateUtc })).toBe(true);
    expect(matchesSubmission({ ...found, dateDepot: "2026-04-03" }, { ...expected, since: lateUtc })).toBe(true);
  });
});
