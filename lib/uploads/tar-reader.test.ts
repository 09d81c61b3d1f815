import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectArchive } from "./inspect-archive";
import { concat, gnuLongNameItem, paxItem, tarGzOf, tarHeader, tarOf, type TarItem } from "./test-fixtures";

const enc = (s: string) => new TextEncoder().encode(s);
const xml = (n: string) => enc(`<?xml version="1.0"?><Invoice><ID>${n}</ID></Invoice>`);
const pdf = enc("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");
const code = async (buf: Uint8Array) => {
  const r = await inspectArchive(buf);
  return r.ok ? "ok" : r.issues[0]?.code;
};
const gz = (tar: Uint8Array) => gzipSync(tar, { level: 6 });

describe("inspectArchive on .tar.gz", () => {
  it("lists the invoices, joins the ustar prefix to the name, skips folders, keeps the asked bytes", async () => {
    const items: TarItem[] = [
      { name: "lot/", data: new Uint8Array(), type: "5" },
      { name: "f1.xml", prefix: "lot", data: xml("F1") },
      { name: "lot/f2.pdf", data: pdf },
      { name: "lot/f3.xml", data: xml("F3") },
    ];
    const r = await inspectArchive(tarGzOf(items), { keep: (_name, index) => index < 2 });
    expect(r.ok && r.format).toBe("tar.gz");
    if (!r.ok) return;
    expect(r.entries.map((e) => [e.name, e.type, e.size])).toEqual([["lot/f1.xml", "xml", xml("F1").length], ["lot/f2.pdf", "pdf", pdf.length], ["lot/f3.xml", "xml", xml("F3").length]]);
    expect(r.entries[0]?.data).toEqual(xml("F1"));
    expect(r.entries[1]?.data).toEqual(pdf);
    expect(r.entries[2]?.data).toBeUndefined();
  });

  it("applies pax path/size records and GNU long names, skips global pax headers", async () => {
    const long = `${"dossier/".repeat(15)}facture.xml`;
    const r = await inspectArchive(tarGzOf([
      { name: "pax_global_header", data: enc("20 comment=bonjour\n"), type: "g" },
      paxItem({ path: long }), { name: "court.xml", data: xml("P") },
      gnuLongNameItem(`${long}2`), { name: "././@LongLink", data: xml("G") },
    ]));
    expect(r.ok && r.entries.map((e) => e.name)).toEqual([long, `${long}2`]);
  });

  it("reads what GNU tar writes (gnu, posix and ustar formats, long names, .tgz alike)", async (ctx) => {
    if (!existsSync("/usr/bin/tar")) return ctx.skip();
    const dir = mkdtempSync(path.join(tmpdir(), "targz-"));
    const deep = path.join("lot", "a".repeat(60), "b".repeat(60));
    mkdirSync(path.join(dir, deep), { recursive: true });
    writeFileSync(path.join(dir, "lot", "f1.xml"), xml("T1"));
    writeFileSync(path.join(dir, deep, "facture-au-nom-long.xml"), xml("T2"));
    for (const format of ["gnu", "posix", "ustar"]) {
      const out = path.join(dir, `${format}.tgz`);
      execFileSync("tar", ["-czf", out, `--format=${format}`, "-C", dir, "lot"]);
      const r = await inspectArchive(readFileSync(out), { keep: () => true });
      expect(r.ok, format).toBe(true);
      if (!r.ok) continue;
      expect(r.entries.map((e) => e.name).sort()).toEqual([`${deep}/facture-au-nom-long.xml`, "lot/f1.xml"]);
      expect(r.entries.find((e) => e.name === "lot/f1.xml")?.data).toEqual(xml("T1"));
    }
  });

  it("refuses path traversal and absolute names, also when hidden in pax or GNU long names", async () => {
    expect(await code(tarGzOf([{ name: "../../etc/cron.d/x.xml", data: xml("A") }]))).toBe("ARCHIVE-CHEMIN");
    expect(await code(tarGzOf([{ name: "lot/../../x.xml", data: xml("A") }]))).toBe("ARCHIVE-CHEMIN");
    expect(await code(tarGzOf([{ name: "/etc/x.xml", data: xml("A") }]))).toBe("ARCHIVE-CHEMIN");
    expect(await code(tarGzOf([{ name: "C:/x.xml", data: xml("A") }]))).toBe("ARCHIVE-CHEMIN");
    expect(await code(tarGzOf([paxItem({ path: "../../x.xml" }), { name: "sage.xml", data: xml("A") }]))).toBe("ARCHIVE-CHEMIN");
    expect(await code(tarGzOf([gnuLongNameItem("/root/.ssh/x.xml"), { name: "sage.xml", data: xml("A") }]))).toBe("ARCHIVE-CHEMIN");
  });

  it("refuses symlinks, hard links, devices, fifos and other special entries", async () => {
    for (const type of ["1", "2", "3", "4", "6", "K", "S"]) {
      expect(await code(tarGzOf([{ name: "f.xml", data: xml("A") }, { name: "lien.xml", data: new Uint8Array(), type }])), type).toBe("ARCHIVE-LIEN");
    }
  });

  it("refuses bombs: ratio, a pax size past the cap, too many entries, a name past 255 characters", async () => {
    expect(await code(tarGzOf([{ name: "zeros.xml", data: new Uint8Array(5_000_000) }]))).toBe("ARCHIVE-BOMBE");
    expect(await code(tarGzOf([paxItem({ size: String(1 << 30) }), { name: "f.xml", data: xml("A") }]))).toBe("ARCHIVE-TROP-GROSSE");
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.xml`, data: xml(String(i)) }));
    const tooMany = await inspectArchive(tarGzOf(many), { maxEntries: 10 });
    expect(!tooMany.ok && tooMany.issues[0]?.code).toBe("ARCHIVE-TROP-DE-FICHIERS");
    expect(await code(tarGzOf([gnuLongNameItem(`${"n".repeat(300)}.xml`), { name: "x", data: xml("A") }]))).toBe("ARCHIVE-NOM-LONG");
    expect(await code(tarGzOf([{ name: "lot.tar.gz", data: tarGzOf([{ name: "f.xml", data: xml("A") }]) }]))).toBe("ARCHIVE-IMBRIQUEE");
    expect(await code(tarGzOf([{ name: "f.xml", data: xml("A") }, { name: "./f.xml", data: xml("B") }]))).toBe("ARCHIVE-DOUBLON");
  });

  it("refuses truncated or corrupted archives", async () => {
    const good = tarGzOf([{ name: "f1.xml", data: xml("A") }, { name: "f2.xml", data: xml("B") }]);
    expect(await code(good)).toBe("ok");
    expect(await code(good.subarray(0, Math.floor(good.length / 2)))).toBe("ARCHIVE-ILLISIBLE");
    expect(await code(good.subarray(0, good.length - 4))).toBe("ARCHIVE-ILLISIBLE"); // gzip length trailer cut
    const badCrc = good.slice();
    badCrc[badCrc.length - 6] = (badCrc[badCrc.length - 6] ?? 0) ^ 0xff;
    expect(await code(badCrc)).toBe("ARCHIVE-ILLISIBLE");
    const tar = tarOf([{ name: "f1.xml", data: xml("A") }, { name: "f2.xml", data: xml("B") }]);
    expect(await code(gz(tar.subarray(0, 512 + 100)))).toBe("ARCHIVE-ILLISIBLE"); // cut inside an entry
    expect(await code(gz(tarOf([{ name: "f1.xml", data: xml("A") }], 0)))).toBe("ARCHIVE-ILLISIBLE"); // no end blocks
    const badSum = tar.slice();
    badSum[1024] = 0x41; // second header's name changed, checksum left as it was
    expect(await code(gz(badSum))).toBe("ARCHIVE-ILLISIBLE");
    // An entry after a lone zero block is invisible to GNU tar: refused, not checked apart.
    const hidden = concat([tarHeader("f1.xml", 0), new Uint8Array(512), tarOf([{ name: "f2.xml", data: xml("B") }])]);
    expect(await code(gz(hidden))).toBe("ARCHIVE-ILLISIBLE");
    expect(await code(tarGzOf([{ name: "PaxHeaders/x", data: enc("99 path=x\n"), type: "x" }, { name: "f.xml", data: xml("A") }]))).toBe("ARCHIVE-ILLISIBLE");
    expect(await code(tarGzOf([paxItem({ path: "" }), { name: "f.xml", data: xml("A") }]))).toBe("ARCHIVE-ILLISIBLE");
  });

  it("tells a gzip that holds no tar apart (a gzipped XML named .tar.gz)", async () => {
    expect(await code(gz(xml("seul")))).toBe("ARCHIVE-PAS-TAR");
    expect(await code(gz(enc(`<?xml version="1.0"?><Invoice>${" ".repeat(2000)}</Invoice>`)))).toBe("ARCHIVE-PAS-TAR");
    expect(await code(gz(new Uint8Array()))).toBe("ARCHIVE-PAS-TAR");
    const r = await inspectArchive(gz(xml("seul")));
    expect(!r.ok && r.issues[0]?.message).toMatch(/ne contient pas d'archive tar/);
  });
});
