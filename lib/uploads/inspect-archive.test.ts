import { deflateSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectArchive } from "./inspect-archive";
import { deflatedZeros, gzipZerosMembers, tarGzOf, tarHeader, zipOf } from "./test-fixtures";

const xml = new TextEncoder().encode(`<?xml version="1.0"?><Invoice/>`);
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");
const code = async (r: ReturnType<typeof inspectArchive>) => { const x = await r; return x.ok ? "ok" : x.issues[0]?.code; };

describe("inspectArchive", () => {
  it("lists a real zip and a real tar.gz of invoices", async () => {
    const zip = await inspectArchive(zipSync({ "f1.xml": xml, "f2.pdf": pdf }, { level: 9 }));
    expect(zip).toEqual({ ok: true, format: "zip", entries: [{ name: "f1.xml", size: xml.length, type: "xml" }, { name: "f2.pdf", size: pdf.length, type: "pdf" }] });
    const tar = await inspectArchive(tarGzOf([{ name: "f1.xml", data: xml }, { name: "f2.pdf", data: pdf }]));
    expect(tar).toMatchObject({ ok: true, format: "tar.gz", entries: [{ name: "f1.xml", type: "xml" }, { name: "f2.pdf", type: "pdf" }] });
  });

  it("stops a 1 GB zip bomb whose headers claim 1 KB (the bytes produced are counted)", async () => {
    const bomb = zipOf([{ name: "facture.xml", data: deflatedZeros(1 << 30), declaredSize: 1000 }]);
    expect(await code(inspectArchive(bomb))).toBe("ARCHIVE-TROP-GROSSE");
  });

  it("refuses a highly compressed entry under the size caps (ratio) and overlapping entries", async () => {
    const dense = zipSync({ "a.xml": new Uint8Array(5_000_000) }, { level: 9 });
    expect(await code(inspectArchive(dense))).toBe("ARCHIVE-BOMBE");
    const data = deflatedZeros(1000);
    const zip = zipOf([{ name: "a.xml", data }]);
    // Point a second central entry at the first one's data: the "overlapping files" bomb.
    const overlapping = zipOf([{ name: "a.xml", data }, { name: "b.xml", data }]);
    new DataView(overlapping.buffer).setUint32(overlapping.length - 22 - (46 + 5) + 42, 0, true);
    expect(await code(inspectArchive(zip))).toBe("ARCHIVE-CONTENU"); // zeros are not an invoice
    expect(await code(inspectArchive(overlapping))).toBe("ARCHIVE-BOMBE");
  });

  it("stops a 1 GB gzip bomb (level 9, streamed members) and a tar header declaring 1 GB", async () => {
    expect(await code(inspectArchive(gzipZerosMembers(1024)))).toBe("ARCHIVE-TROP-GROSSE");
    expect(await code(inspectArchive(gzipZerosMembers(2, tarHeader("facture.xml", 1 << 30))))).toBe("ARCHIVE-TROP-GROSSE");
  });

  it("refuses path traversal, absolute names, links, nested archives, too many entries, encryption", async () => {
    expect(await code(inspectArchive(zipSync({ "../../etc/cron.d/x.xml": xml })))).toBe("ARCHIVE-CHEMIN");
    expect(await code(inspectArchive(tarGzOf([{ name: "/tmp/x.xml", data: xml }])))).toBe("ARCHIVE-CHEMIN");
    expect(await code(inspectArchive(tarGzOf([{ name: "lien.xml", data: new Uint8Array(), type: "2" }])))).toBe("ARCHIVE-LIEN");
    expect(await code(inspectArchive(zipSync({ "lot.zip": zipSync({ "f.xml": xml }) })))).toBe("ARCHIVE-IMBRIQUEE");
    expect(await code(inspectArchive(tarGzOf([{ name: "lot.bin", data: zipSync({ "f.xml": xml }) }])))).toBe("ARCHIVE-IMBRIQUEE");
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.xml`, xml]));
    expect(await code(inspectArchive(zipSync(many), { maxEntries: 10 }))).toBe("ARCHIVE-TROP-DE-FICHIERS");
    expect(await code(inspectArchive(tarGzOf(Object.entries(many).map(([name, data]) => ({ name, data }))), { maxEntries: 10 }))).toBe("ARCHIVE-TROP-DE-FICHIERS");
    expect(await code(inspectArchive(zipOf([{ name: "f.xml", data: xml, method: 0, flags: 1 }])))).toBe("ARCHIVE-CHIFFREE");
  });

  it("keeps the bytes asked for as inflated (never sized from the headers) and refuses Unix symlinks in a zip", async () => {
    const kept = await inspectArchive(zipSync({ "f1.xml": xml, "f2.pdf": pdf, "f3.xml": xml }), { keep: (name) => name !== "f2.pdf" });
    expect(kept.ok && kept.entries.map((e) => e.data?.length)).toEqual([xml.length, undefined, xml.length]);
    // Headers claiming 4 GB: a reader sizing its buffer from them would fall over.
    const lying = await inspectArchive(zipOf([{ name: "g.xml", data: deflateSync(xml), declaredSize: 0xfffffff0 }]), { keep: () => true });
    expect(lying.ok && lying.entries[0]?.data).toEqual(xml);
    const link = zipOf([{ name: "lien.xml", data: new TextEncoder().encode("<a/>"), method: 0 }]);
    const at = link.length - 22 - (46 + 8);
    new DataView(link.buffer).setUint16(at + 4, 0x0314, true); // made by Unix
    new DataView(link.buffer).setUint32(at + 38, (0o120777 << 16) >>> 0, true); // S_IFLNK
    expect(await code(inspectArchive(link))).toBe("ARCHIVE-LIEN");
  });

  it("refuses empty files and archives, non-invoice content and garbage", async () => {
    expect(await code(inspectArchive(new Uint8Array()))).toBe("ARCHIVE-VIDE");
    expect(await code(inspectArchive(zipSync({})))).toBe("ARCHIVE-VIDE");
    expect(await code(inspectArchive(zipSync({ "vide.pdf": new Uint8Array() })))).toBe("ARCHIVE-CONTENU");
    expect(await code(inspectArchive(zipSync({ "photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) })))).toBe("ARCHIVE-CONTENU");
    expect(await code(inspectArchive(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3])))).toBe("ARCHIVE-ILLISIBLE");
    expect(await code(inspectArchive(pdf))).toBe("ARCHIVE-FORMAT");
  });
});
