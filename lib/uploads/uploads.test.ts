import { describe, expect, it } from "vitest";
import { checkUpload } from "./check-upload";
import { checkUploadName, chorusFileName } from "./check-upload-name";
import { checkPdf } from "./check-pdf";
import { UPLOAD_LIMITS } from "./limits";
import { sniffType } from "./sniff-type";

const bytes = (s: string) => new TextEncoder().encode(s);
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("sniffType", () => {
  it.each([
    [bytes("%PDF-1.7\n"), "pdf"],
    [new Uint8Array([0x50, 0x4b, 3, 4, 0]), "zip"],
    [new Uint8Array([0x1f, 0x8b, 8]), "gzip"],
    [bytes(`<?xml version="1.0"?><a/>`), "xml"],
    [new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("<?xml version='1.0'?>")]), "xml"],
    [bytes("\n  <Invoice>"), "xml"],
    [new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x3f, 0, 0x78, 0]), "xml"],
    [bytes("PDF-1.7 %PDF-"), "unknown"],
    [new Uint8Array([0xff, 0xd8, 0xff]), "unknown"],
    [new Uint8Array(), "unknown"],
  ])("%#: %s", (head, expected) => expect(sniffType(head)).toBe(expected));
});

describe("checkUploadName", () => {
  it("accepts the flux extensions, .tar.gz as one, and .tgz deposited as .tar.gz", () => {
    for (const name of ["f.pdf", "F.XML", "lot.zip", "lot.tar.gz", "LOT.TGZ"]) expect(checkUploadName(name, "flux")).toEqual([]);
    expect(codes(checkUploadName("lot.gz", "flux"))).toEqual(["CPP-EXTENSION"]);
    expect(codes(checkUploadName("lot.tgz", "attachment"))).toEqual(["CPP-EXTENSION"]);
    expect(chorusFileName("Lot-2026.TGZ")).toBe("Lot-2026.tar.gz");
    expect(chorusFileName("lot.tar.gz")).toBe("lot.tar.gz");
    // 49 characters as .tgz, 52 once written .tar.gz: refused before Chorus Pro refuses it.
    expect(codes(checkUploadName(`${"a".repeat(45)}.tgz`, "flux"))).toEqual(["CPP-NOM-FICHIER-LONGUEUR"]);
    expect(checkUploadName(`${"a".repeat(43)}.tgz`, "flux")).toEqual([]);
  });

  it("caps names at 50 characters and refuses separators and control characters", () => {
    expect(checkUploadName(`${"a".repeat(46)}.pdf`)).toEqual([]);
    expect(codes(checkUploadName(`${"a".repeat(47)}.pdf`))).toEqual(["CPP-NOM-FICHIER-LONGUEUR"]);
    expect(codes(checkUploadName("../f.pdf"))).toEqual(["CPP-NOM-FICHIER-CARACTERES"]);
    expect(codes(checkUploadName("a\\b.pdf"))).toEqual(["CPP-NOM-FICHIER-CARACTERES"]);
    expect(codes(checkUploadName("f\u0000.pdf.exe"))).toEqual(["CPP-NOM-FICHIER-CARACTERES", "CPP-EXTENSION"]);
    expect(codes(checkUploadName("script.exe"))).toEqual(["CPP-EXTENSION"]);
  });
});

describe("checkPdf and checkUpload", () => {
  const pdf = bytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

  it("accepts a PDF with its header and %%EOF, refuses a 0-byte or truncated one", () => {
    expect(checkPdf(pdf)).toEqual([]);
    expect(codes(checkPdf(new Uint8Array()))).toEqual(["CPP-PDF-VIDE"]);
    expect(codes(checkPdf(pdf.subarray(0, 30)))).toEqual(["CPP-PDF-TRONQUE"]);
    expect(checkUpload(new Uint8Array(), "facture.pdf", "pdf")[0]?.message).toMatch(/vide/);
  });

  it("judges the content, not the name", () => {
    expect(codes(checkUpload(bytes("<Invoice/>"), "facture.pdf", "pdf"))).toEqual(["CPP-CONTENU-EXTENSION"]);
    expect(codes(checkUpload(pdf, "facture.xml", "flux"))).toEqual(["CPP-CONTENU-EXTENSION"]);
    expect(checkUpload(pdf, "facture.pdf", "flux")).toEqual([]);
    expect(codes(checkUpload(pdf, "lot.tgz", "flux"))).toEqual(["CPP-CONTENU-EXTENSION"]);
    expect(checkUpload(new Uint8Array([0x1f, 0x8b, 8, 0]), "lot.tgz", "flux")).toEqual([]);
  });

  it("applies the contract's limits: 10 MB per PDF, 10 MB per single flux, 30 MB per archive", () => {
    expect(UPLOAD_LIMITS).toMatchObject({ attachmentBytes: 10_000_000, pdfDepositBytes: 10_000_000, fluxArchiveBytes: 30_000_000 });
    const big = new Uint8Array(10_000_001);
    big.set(pdf.subarray(0, 20));
    big.set(bytes("%%EOF"), big.length - 5);
    expect(codes(checkUpload(big, "f.pdf", "pdf"))).toEqual(["CPP-FICHIER-TROP-GROS"]);
    expect(codes(checkUpload(big, "f.pdf", "flux"))).toEqual(["CPP-FICHIER-TROP-GROS"]);
  });
});
