import { describe, expect, it } from "vitest";
import { detectSyntax } from "./detect-syntax";
import { extractInvoice } from "./extract";
import { readSample } from "./samples";

async function model(file: string) {
  const result = await detectSyntax(readSample(file));
  if (!result.ok) throw new Error(result.error.message);
  return { detected: result.detected, model: extractInvoice(result.detected) };
}

describe("detectSyntax", () => {
  it.each([
    ["en16931-ubl/ubl-tc434-example1.xml", "UBL_INVOICE", "IN_DP_E1_UBL_INVOICE"],
    ["en16931-ubl/ubl-tc434-creditnote1.xml", "UBL_CREDIT_NOTE", "IN_DP_E1_UBL_INVOICE"],
    ["en16931-cii/CII_example3.xml", "CII", "IN_DP_E1_CII_16B"],
    ["facturx-fnfe/Facture_FR_EN16931.factur-x.xml", "CII", "IN_DP_E1_CII_16B"],
    ["facturx-fnfe/Facture_FR_EN16931.pdf", "FACTURX", "IN_DP_E2_CII_FACTURX"],
    ["facturx-fnfe/Avoir_FR_type381_BASIC.pdf", "FACTURX", "IN_DP_E2_CII_FACTURX"],
  ])("%s → %s / %s", async (file, syntax, syntaxeFlux) => {
    const { detected } = await model(file);
    expect(detected.syntax).toBe(syntax);
    expect(detected.syntaxeFlux).toBe(syntaxeFlux);
  });

  it("extracts the same XML from the Factur-X PDF as the published factur-x.xml, with its profile", async () => {
    const pdf = await model("facturx-fnfe/Facture_FR_EN16931.pdf");
    const xml = await model("facturx-fnfe/Facture_FR_EN16931.factur-x.xml");
    expect(pdf.detected.embeddedName).toBe("factur-x.xml");
    expect(pdf.detected.conformanceLevel).toBe("EN 16931");
    expect(pdf.model).toEqual(xml.model);
  });

  it("refuses a plain PDF, a foreign XML and random bytes", async () => {
    const { PDFDocument } = await import("pdf-lib");
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await detectSyntax(await plain.save())).toMatchObject({ ok: false, error: { code: "FACTURX-ABSENT" } });
    expect(await detectSyntax(new TextEncoder().encode("<html><body/></html>"))).toMatchObject({ ok: false, error: { code: "SYNTAXE-INCONNUE" } });
    expect(await detectSyntax(new Uint8Array([1, 2, 3, 4]))).toMatchObject({ ok: false });
  });
});

describe("extractInvoice", () => {
  it("reads the business terms of the FNFE EN 16931 Factur-X (French identifiers)", async () => {
    const { model: m } = await model("facturx-fnfe/Facture_FR_EN16931.factur-x.xml");
    expect(m).toMatchObject({ typeCode: "380", currency: "EUR", orderReference: "PO445", contractReference: "MSPE2017" });
    expect(m.buyerReference).toBeUndefined();
    expect(m.buyer.legalId).toEqual({ id: "78787878400035", scheme: "0002" });
    expect(m.seller.legalId).toEqual({ id: "99999999800010", scheme: "0002" });
    expect(m.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads totals, breakdown, lines and payment means of UBL TC434 example 1", async () => {
    const { model: m } = await model("en16931-ubl/ubl-tc434-example1.xml");
    expect(m.totals).toMatchObject({ lineNet: "229.60", taxExclusive: "229.60", vatTotal: "20.73", taxInclusive: "250.33", payable: "250.33" });
    expect(m.vatBreakdown.map((b) => [b.category, b.rate, b.taxableAmount, b.taxAmount])).toEqual([
      ["S", "6", "183.23", "10.99"],
      ["S", "21", "46.37", "9.74"],
    ]);
    expect(m.lines[0]).toMatchObject({ id: "1", quantity: "2", unitCode: "EA", netAmount: "19.90", vatCategory: "S", vatRate: "6" });
    expect(m.paymentMeans[0]?.typeCode).toBe("30");
    expect(m.dueDate).toBe("2015-01-09");
  });

  it("reads CII dates, charges and due date of CII example 3", async () => {
    const { model: m } = await model("en16931-cii/CII_example3.xml");
    expect(m).toMatchObject({ number: "TOSL108", issueDate: "2013-04-10", currency: "DKK", dueDate: "2013-05-10" });
    expect(m.charges).toEqual([{ amount: "100", vatCategory: "S", vatRate: "25" }]);
    expect(m.totals).toMatchObject({ lineNet: "800", charges: "100", taxExclusive: "900", vatTotal: "225", payable: "1125" });
  });
});
