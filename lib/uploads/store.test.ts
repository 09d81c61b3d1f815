import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkStoredUpload, resolveStoragePath, UploadTooLargeError, writeUploadStream } from "./store";
import { deflatedZeros, tarGzOf, zipOf } from "./test-fixtures";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "store-"));
const chunks = (n: number, size: number) => Readable.from((function* () { for (let i = 0; i < n; i++) yield Buffer.alloc(size, 0x41); })());
const files = (dir: string) => readdirSync(path.join(dir, "uploads"), { recursive: true, withFileTypes: true }).filter((d) => d.isFile());

async function store(data: Uint8Array | string, name: string, kind: "attachment" | "pdf" | "flux" = "flux") {
  const dir = dataDir();
  const f = await writeUploadStream(Readable.from([Buffer.from(data)]), { dataDir: dir, kind });
  return { f, issues: await checkStoredUpload(f, name, kind) };
}
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("writeUploadStream", () => {
  it("stores under DATA_DIR/uploads with a random name, size and sha256", async () => {
    const dir = dataDir();
    const f = await writeUploadStream(Readable.from([Buffer.from("<Invoice/>")]), { dataDir: dir, kind: "flux" });
    expect(f.storagePath.startsWith("uploads" + path.sep)).toBe(true);
    expect(readFileSync(f.absolutePath, "utf8")).toBe("<Invoice/>");
    expect(f.size).toBe(10);
    expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(f.head).toString()).toBe("<Invoice/>");
  });
  it("stops as soon as the limit is passed and leaves no partial file", async () => {
    const dir = dataDir();
    let pulled = 0;
    const source = Readable.from((function* () { for (let i = 0; i < 100; i++) { pulled++; yield Buffer.alloc(1000); } })());
    await expect(writeUploadStream(source, { dataDir: dir, kind: "flux", maxBytes: 5_500 })).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(pulled).toBeLessThan(20);
    expect(files(dir)).toHaveLength(0);
  });
  it("accepts exactly the limit", async () => {
    const f = await writeUploadStream(chunks(10, 1000), { dataDir: dataDir(), kind: "flux", maxBytes: 10_000 });
    expect(f.size).toBe(10_000);
  });
  it("refuses a stored path that leaves the uploads folder", () => {
    expect(() => resolveStoragePath("/data", "uploads/../keys.json")).toThrow();
    expect(resolveStoragePath("/data", "uploads/2026-01-01/x")).toBe("/data/uploads/2026-01-01/x");
  });
});

describe("checkStoredUpload", () => {
  it("refuses an empty file", async () => {
    expect(codes((await store("", "f.xml")).issues)).toContain("CPP-FICHIER-VIDE");
  });
  it("refuses a file lying about its type", async () => {
    expect(codes((await store("PK\u0003\u0004not a pdf", "facture.pdf", "pdf")).issues)).toEqual(["CPP-CONTENU-EXTENSION"]);
  });
  it("refuses a broken PDF", async () => {
    expect((await store("%PDF-1.7\n", "facture.pdf", "pdf")).issues.length).toBeGreaterThan(0);
  });
  it("refuses an XML with an external entity", async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Invoice>&e;</Invoice>';
    expect(codes((await store(xml, "f.xml")).issues)).toEqual(["XML-DOCTYPE"]);
  });
  it("refuses a 200-character name and bad characters", async () => {
    expect(codes((await store("<a/>", `${"a".repeat(196)}.xml`)).issues)).toContain("CPP-NOM-FICHIER-LONGUEUR");
    expect(codes((await store("<a/>", "../x.xml")).issues)).toContain("CPP-NOM-FICHIER-CARACTERES");
  });
  it("refuses a zip bomb", async () => {
    const bomb = zipOf([{ name: "a.xml", data: deflatedZeros(50_000_000), method: 8, declaredSize: 1000 }]);
    expect((await store(bomb, "lot.zip")).issues.length).toBeGreaterThan(0);
  });
  it("accepts a .tar.gz / .tgz batch of invoices, refuses a hostile one and a gzip that is no tar", async () => {
    const xml = new TextEncoder().encode('<?xml version="1.0"?><Invoice/>');
    expect((await store(tarGzOf([{ name: "f1.xml", data: xml }]), "lot.tar.gz")).issues).toEqual([]);
    expect((await store(tarGzOf([{ name: "f1.xml", data: xml }]), "lot.tgz")).issues).toEqual([]);
    expect(codes((await store(tarGzOf([{ name: "../f1.xml", data: xml }]), "lot.tar.gz")).issues)).toEqual(["ARCHIVE-CHEMIN"]);
    expect(codes((await store(gzipSync(xml), "lot.tar.gz")).issues)).toEqual(["ARCHIVE-PAS-TAR"]);
  });
  it("accepts a well-formed XML flux", async () => {
    expect((await store('<?xml version="1.0"?><Invoice xmlns="urn:x"/>', "f.xml")).issues).toEqual([]);
  });
  it("does not keep files it was not given", () => {
    expect(existsSync(path.join(dataDir(), "uploads"))).toBe(false);
  });
});
