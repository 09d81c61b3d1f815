import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectArchive } from "./inspect-archive";
import { deflatedZeros, gzipZerosMembers, tarGzOf, tarHeader, zipOf } from "./test-fixtures";

const xml = new TextEncoder().encode(`<?xml version="1.0"?><Invoice/>`);
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");
const code = (r: ReturnType<typeof inspectArchive>) => (r.ok ? "ok" : r.issues[0]?.code);

describe("inspectArchive", () => {
  it("lists a real zip and a real tar.gz of invoices", () => {
    const zip = inspectArchive(zipSync({ "f1.xml": xml, "f2.pdf": pdf }, { level: 9 }));
    expect(zip).toEqual({ ok: true, format: "zip", entries: [{ name: "f1.xml", size: xml.length, type: "xml" }, { name: "f2.pdf", size: pdf.length, type: "pdf" }] });
    const tar = inspectArchive(tarGzOf([{ name: "f1.xml", data: xml }, { name: "f2.pdf", data: pdf }]));
    expect(tar).toMatchObject({ ok: true, format: "tar.gz", entries: [{ name: "f1.xml", type: "xml" }, { name: "f2.pdf", type: "pdf" }] });
  });

  it("stops a 1 GB zip bomb whose headers claim 1 KB, after a few megabytes", () => {
    const bomb = zipOf([{ name: "facture.xml", data: deflatedZeros(1 << 30), declaredSize: 1000 }]);
    const started = Date.now();
    const result = inspectArchive(bomb);
    expect(code(result)).toBe("ARCHIVE-TROP-GROSSE");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses a highly compressed entry under the size caps (ratio) and overlapping entries", () => {
    const dense = zipSync({ "a.xml": new Uint8Array(5_000_000) }, { level: 9 });
    expect(code(inspectArchive(dense))).toBe("ARCHIVE-BOMBE");
    const data = deflatedZeros(1000);
    const zip = zipOf([{ name: "a.xml", data }]);
    // Point a second central entry at the first one's data: the "overlapping files" bomb.
    const overlapping = zipOf([{ name: "a.xml", data }, { name: "b.xml", data }]);
    new DataView(overlapping.buffer).setUint32(overlapping.length - 22 - (46 + 5) + 42, 0, true);
    expect(code(inspectArchive(zip))).toBe("ARCHIVE-CONTENU"); // zeros are not an invoice
    expect(code(inspectArchive(overlapping))).toBe("ARCHIVE-BOMBE");
  });

  it("stops a 1 GB gzip bomb (level 9, streamed members) and a tar header declaring 1 GB", () => {
    const started = Date.now();
    expect(code(inspectArchive(gzipZerosMembers(1024)))).toBe("ARCHIVE-TROP-GROSSE");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(code(inspectArchive(gzipZerosMembers(2, tarHeader("facture.xml", 1 << 30))))).toBe("ARCHIVE-TROP-GROSSE");
  });

  it("refuses path traversal, absolute names, links, nested archives, too many entries, encryption", () => {
    expect(code(inspectArchive(zipSync({ "../../etc/cron.d/x.xml": xml })))).toBe("ARCHIVE-CHEMIN");
    expect(code(inspectArchive(tarGzOf([{ name: "/tmp/x.xml", data: xml }])))).toBe("ARCHIVE-CHEMIN");
    expect(code(inspectArchive(tarGzOf([{ name: "lien.xml", data: new Uint8Array(), type: "2" }])))).toBe("ARCHIVE-LIEN");
    expect(code(inspectArchive(zipSync({ "lot.zip": zipSync({ "f.xml": xml }) })))).toBe("ARCHIVE-IMBRIQUEE");
    expect(code(inspectArchive(tarGzOf([{ name: "lot.bin", data: zipSync({ "f.xml": xml }) }])))).toBe("ARCHIVE-IMBRIQUEE");
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.xml`, xml]));
    expect(code(inspectArchive(zipSync(many), { maxEntries: 10 }))).toBe("ARCHIVE-TROP-DE-FICHIERS");
    expect(code(inspectArchive(tarGzOf(Object.entries(many).map(([name, data]) => ({ name, data }))), { maxEntries: 10 }))).toBe("ARCHIVE-TROP-DE-FICHIERS");
    expect(code(inspectArchive(zipOf([{ name: "f.xml", data: xml, method: 0, flags: 1 }])))).toBe("ARCHIVE-CHIFFREE");
  });

  it("refuses empty files and archives, non-invoice content and garbage", () => {
    expect(code(inspectArchive(new Uint8Array()))).toBe("ARCHIVE-VIDE");
    expect(code(inspectArchive(zipSync({})))).toBe("ARCHIVE-VIDE");
    expect(code(inspectArchive(zipSync({ "vide.pdf": new Uint8Array() })))).toBe("ARCHIVE-CONTENU");
    expect(code(inspectArchive(zipSync({ "photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) })))).toBe("ARCHIVE-CONTENU");
    expect(code(inspectArchive(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3])))).toBe("ARCHIVE-ILLISIBLE");
    expect(code(inspectArchive(pdf))).toBe("ARCHIVE-FORMAT");
  });
});
