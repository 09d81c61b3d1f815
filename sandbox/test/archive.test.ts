// The sandbox's reader of flux batches (.zip, .tar.gz) under its limits, malicious archives included.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { archiveKindOf, readArchive } from "../model/archive";
import { gzipBomb, pax, tar, tarGz } from "./archive-fixtures";

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return (e as { codeErreur?: string }).codeErreur ?? String(e);
  }
};
const tgz = (b: Buffer) => () => readArchive("tar.gz", b);
const zip = (b: Uint8Array) => () => readArchive("zip", Buffer.from(b));

describe("archiveKindOf", () => {
  it("knows the batch extensions Chorus Pro accepts, not .tgz", () => {
    expect([archiveKindOf("lot.ZIP"), archiveKindOf("lot.tar.gz"), archiveKindOf("lot.tgz"), archiveKindOf("f.xml")]).toEqual(["zip", "tar.gz", undefined, undefined]);
  });
});

describe("readArchive", () => {
  it("lists the files of a .tar.gz (ustar prefix, pax path, folders skipped) and of a .zip", () => {
    const files = readArchive("tar.gz", tarGz([
      { name: "lot/", type: "5" }, { name: "a.xml", prefix: "lot", data: "<a/>" },
      pax({ path: `${"long/".repeat(30)}b.xml` }), { name: "b.xml", data: "<b/>" },
    ]));
    expect(files.map((f) => [f.name, f.data.toString()])).toEqual([["lot/a.xml", "<a/>"], [`${"long/".repeat(30)}b.xml`, "<b/>"]]);
    expect(readArchive("zip", Buffer.from(zipSync({ "a.xml": Buffer.from("<a/>"), "d/": new Uint8Array() }))).map((f) => f.name)).toEqual(["a.xml"]);
  });

  it("reads what GNU tar writes (gnu long names, posix pax)", (ctx) => {
    if (!existsSync("/usr/bin/tar")) return ctx.skip();
    const dir = mkdtempSync(path.join(tmpdir(), "sb-tar-"));
    const deep = path.join("lot", "x".repeat(80), "y".repeat(80));
    mkdirSync(path.join(dir, deep), { recursive: true });
    writeFileSync(path.join(dir, deep, "f.xml"), "<f/>");
    for (const format of ["gnu", "posix"]) {
      const out = path.join(dir, `${format}.tar.gz`);
      execFileSync("tar", ["-czf", out, `--format=${format}`, "-C", dir, "lot"]);
      expect(readArchive("tar.gz", readFileSync(out)).map((f) => f.name)).toEqual([`${deep}/f.xml`]);
    }
  });

  it("refuses path traversal, absolute names, links and special files", () => {
    expect(codeOf(tgz(tarGz([{ name: "../../etc/x.xml", data: "<a/>" }])))).toBe("ERR_FMT_005");
    expect(codeOf(tgz(tarGz([{ name: "/etc/x.xml", data: "<a/>" }])))).toBe("ERR_FMT_005");
    expect(codeOf(tgz(tarGz([pax({ path: "a/../../x.xml" }), { name: "ok.xml", data: "<a/>" }])))).toBe("ERR_FMT_005");
    expect(codeOf(zip(zipSync({ "../x.xml": Buffer.from("<a/>") })))).toBe("ERR_FMT_005");
    for (const type of ["1", "2", "3", "4", "6"]) expect(codeOf(tgz(tarGz([{ name: "lien.xml", type }]))), type).toBe("ERR_FMT_006");
    const link = Buffer.from(zipSync({ "lien.xml": Buffer.from("<a/>") }, { level: 0 }));
    const cd = link.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    link.writeUInt16LE(0x0314, cd + 4);
    link.writeUInt32LE((0o120777 << 16) >>> 0, cd + 38);
    expect(codeOf(zip(link))).toBe("ERR_FMT_006");
  });

  it("stops bombs at the caps: gzip of 1 GB, one entry past 10 MB, too many files", () => {
    expect(codeOf(tgz(gzipBomb(1024)))).toBe("ERR_FMT_007");
    expect(codeOf(tgz(tarGz([{ name: "zeros.xml", data: Buffer.alloc(11 * 1024 * 1024) }])))).toBe("ERR_FMT_007");
    expect(codeOf(zip(zipSync({ "zeros.xml": new Uint8Array(11 * 1024 * 1024) })))).toBe("ERR_FMT_007");
    const many = Array.from({ length: 501 }, (_, i) => ({ name: `f${i}.xml`, data: "<a/>" }));
    expect(codeOf(tgz(tarGz(many)))).toBe("ERR_FMT_008");
  });

  it("refuses truncated, corrupted, empty and mislabelled archives", () => {
    const good = tarGz([{ name: "a.xml", data: "<a/>" }, { name: "b.xml", data: "<b/>" }]);
    expect(codeOf(tgz(good))).toBe("ok");
    expect(codeOf(tgz(good.subarray(0, good.length - 4)))).toBe("ERR_FMT_004");
    expect(codeOf(tgz(gzipSync(tar([{ name: "a.xml", data: "<a/>" }]).subarray(0, 700))))).toBe("ERR_FMT_004");
    expect(codeOf(tgz(gzipSync(tar([{ name: "a.xml", data: "<a/>" }], 0))))).toBe("ERR_FMT_004");
    const hidden = Buffer.concat([tar([{ name: "a.xml", data: "<a/>" }], 1), tar([{ name: "b.xml", data: "<b/>" }])]);
    expect(codeOf(tgz(gzipSync(hidden)))).toBe("ERR_FMT_004");
    expect(codeOf(tgz(gzipSync("<Invoice/>")))).toBe("ERR_FMT_004");
    expect(codeOf(tgz(tarGz([])))).toBe("ERR_FMT_010");
    expect(codeOf(zip(zipSync({ "a.xml": Buffer.from("<a/>") })))).toBe("ok");
    expect(codeOf(() => readArchive("zip", good))).toBe("ERR_FMT_003");
    expect(codeOf(() => readArchive("tar.gz", Buffer.from(zipSync({ "a.xml": Buffer.from("<a/>") }))))).toBe("ERR_FMT_004");
  });
});
