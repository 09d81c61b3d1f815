import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csv", () => {
  it("leaves plain values alone", () => {
    expect(csvCell("abc")).toBe("abc");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('il a dit "non"')).toBe('"il a dit ""non"""');
    expect(csvCell("l1\nl2")).toBe('"l1\nl2"');
  });
  it("neutralises formulas", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+33")).toBe("'+33");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM")).toBe("'@SUM");
  });
  it("serialises objects and dates, ends lines with CRLF", () => {
    expect(csvCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvLine(["a", "b;c"])).toBe('a;"b;c"\r\n');
  });
});
