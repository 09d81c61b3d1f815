import { describe, expect, it } from "vitest";
import { checksumOk, octal, parsePax, readHeader } from "./tar-header";
import { tarHeader } from "./test-fixtures";

const enc = (s: string) => new TextEncoder().encode(s);

describe("tar headers", () => {
  it("reads names, types, octal sizes (NUL or space terminated) and checks the checksum", () => {
    const h = tarHeader("f.xml", 1234, "0", { prefix: "lot" });
    expect(checksumOk(h)).toBe(true);
    expect(readHeader(h)).toEqual({ name: "lot/f.xml", type: "0", size: 1234 });
    expect(octal(enc("0000017 \0"), 0, 9)).toBe(15);
    expect(octal(enc("12a"), 0, 3)).toBeNull();
    expect(octal(new Uint8Array([0x80, 0, 0, 1]), 0, 4)).toBeNull(); // base-256
    const forged = h.slice();
    forged[0] = 0x67;
    expect(readHeader(forged)).toBeNull();
    expect(readHeader(new Uint8Array(100))).toBeNull();
  });

  it("cuts pax records by their length (a value may hold a newline), refuses malformed ones", () => {
    const record = (k: string, v: string) => {
      const body = ` ${k}=${v}\n`;
      let n = body.length + 1;
      while (`${n}${body}`.length !== n) n = `${n}${body}`.length;
      return `${n}${body}`;
    };
    const pax = parsePax(enc(record("path", "a\nb.xml") + record("size", "42")));
    expect(pax && Object.fromEntries(pax)).toEqual({ path: "a\nb.xml", size: "42" });
    expect(parsePax(enc("5 a=b\n"))).toBeNull(); // the record is 6 bytes long, not 5
    expect(parsePax(enc("6 a=b\n"))?.get("a")).toBe("b");
    expect(parsePax(enc("7 ab\n  "))).toBeNull();
    expect(parsePax(enc("x path=y\n"))).toBeNull();
  });
});
