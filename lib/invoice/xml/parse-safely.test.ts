import { describe, expect, it } from "vitest";
import { parseXmlSafely } from "./parse-safely";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("parseXmlSafely", () => {
  it("refuses an external entity (XXE) before parsing", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>`;
    const result = parseXmlSafely(utf8(xxe));
    expect(result).toMatchObject({ ok: false, error: { code: "XML-DOCTYPE" } });
  });

  it("refuses a billion laughs before expanding it", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`;
    expect(parseXmlSafely(utf8(lol))).toMatchObject({ ok: false, error: { code: "XML-DOCTYPE" } });
  });

  it("refuses a DOCTYPE hidden in UTF-16", () => {
    const text = `\ufeff<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r SYSTEM "http://evil/"><r/>`;
    const buf = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      buf[i * 2] = text.charCodeAt(i) & 0xff;
      buf[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(parseXmlSafely(buf)).toMatchObject({ ok: false, error: { code: "XML-DOCTYPE" } });
  });

  it("reads UTF-16 LE with a BOM, namespaces and attributes", () => {
    const text = `\ufeff<?xml version="1.0" encoding="UTF-16"?><i:Invoice xmlns:i="urn:x"><i:ID a="b">Fé &amp; co</i:ID></i:Invoice>`;
    const buf = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      buf[i * 2] = text.charCodeAt(i) & 0xff;
      buf[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const result = parseXmlSafely(buf);
    expect(result.ok && result.xml.rootName).toBe("Invoice");
    expect(result.ok && result.xml.rootNamespace).toBe("urn:x");
    expect(result.ok && result.xml.root["ID"]).toEqual([{ "#text": "Fé & co", "@_a": "b" }]);
  });

  it("refuses Latin-1 bytes, binary garbage, a non-UTF encoding declaration, an empty or oversized file", () => {
    expect(parseXmlSafely(new Uint8Array([0x3c, 0x72, 0x3e, 0xe9, 0x3c, 0x2f, 0x72, 0x3e]))).toMatchObject({ ok: false, error: { code: "XML-ENCODING" } });
    expect(parseXmlSafely(utf8("<r>\u0001</r>"))).toMatchObject({ ok: false, error: { code: "XML-ENCODING" } });
    expect(parseXmlSafely(utf8(`<?xml version="1.0" encoding="ISO-8859-1"?><r/>`))).toMatchObject({ ok: false, error: { code: "XML-ENCODING" } });
    expect(parseXmlSafely(new Uint8Array())).toMatchObject({ ok: false, error: { code: "XML-EMPTY" } });
    expect(parseXmlSafely(utf8("<r>" + "x".repeat(2000) + "</r>"), 1000)).toMatchObject({ ok: false, error: { code: "XML-TOO-LARGE" } });
  });

  it("reports a malformed document with its line", () => {
    const result = parseXmlSafely(utf8("<a>\n<b></a>"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/ligne 2/);
  });
});
