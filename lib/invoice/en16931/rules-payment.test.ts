import { describe, expect, it } from "vitest";
import { detectSyntax } from "../xml/detect-syntax";
import { extractInvoice } from "../xml/extract";
import { readSample } from "../xml/samples";
import { validateChorus } from "./validate";

/** A sample read at run time, with one text replaced (the samples are never copied into the repo). */
async function chorusIssues(file: string, from?: string, to?: string) {
  let bytes = readSample(file);
  if (from !== undefined && to !== undefined) {
    const xml = Buffer.from(bytes).toString("utf8");
    expect(xml).toContain(from);
    bytes = new Uint8Array(Buffer.from(xml.replace(from, to), "utf8"));
  }
  const detected = await detectSyntax(bytes);
  if (!detected.ok) throw new Error(detected.error.message);
  return validateChorus(extractInvoice(detected.detected)).filter((i) => i.code === "CPP-IBAN-INVALIDE");
}

describe("BT-84: the payee's IBAN must pass ISO 13616 before the deposit", () => {
  it("accepts the valid IBANs of the FNFE and CEN samples", async () => {
    expect(await chorusIssues("facturx-fnfe/Facture_FR_EN16931.factur-x.xml")).toEqual([]);
    expect(await chorusIssues("en16931-ubl/ubl-tc434-example1.xml")).toEqual([]);
  });

  it("flags a CII IBANID whose check digits are wrong, at its element, with what to do", async () => {
    const issues = await chorusIssues("facturx-fnfe/Facture_FR_EN16931.factur-x.xml", "FR2012421242124212421242124", "FR0212421242124212421242124");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID");
    expect(issues[0]?.message).toContain("FR02 1242 1242 1242 1242 1242 124");
    expect(issues[0]?.message).toMatch(/rejeté par la banque.*corrigez-le/);
  });

  it("flags the second of two UBL PayeeFinancialAccount ids when one digit is mistyped", async () => {
    const issues = await chorusIssues("en16931-ubl/ubl-tc434-example1.xml", "NL03 INGB 0004489902", "NL03 INGB 0004489903");
    expect(issues.map((i) => i.path)).toEqual(["cac:PaymentMeans[2]/cac:PayeeFinancialAccount/cbc:ID"]);
  });

  it("leaves alone an account number that is not an IBAN (CII ProprietaryID, UBL local number)", async () => {
    expect(await chorusIssues("facturx-fnfe/Facture_FR_EN16931.factur-x.xml", "<ram:IBANID>FR2012421242124212421242124</ram:IBANID>", "<ram:ProprietaryID>FR0212421242124212421242124</ram:ProprietaryID>")).toEqual([]);
    expect(await chorusIssues("en16931-ubl/ubl-tc434-example1.xml", "NL03 INGB 0004489902", "0004489902")).toEqual([]);
  });

  it("catches the fake IBAN of a CEN sample (DK12 1234 1234 1234 12 fails mod 97)", async () => {
    expect((await chorusIssues("en16931-cii/CII_example3.xml")).map((i) => i.message)).toEqual([expect.stringContaining("DK12 1234 1234 1234 12")]);
  });
});
