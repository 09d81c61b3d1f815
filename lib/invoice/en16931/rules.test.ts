import { describe, expect, it } from "vitest";
import { detectSyntax } from "../xml/detect-syntax";
import { extractInvoice } from "../xml/extract";
import type { InvoiceModel } from "../xml/model";
import { readSample } from "../xml/samples";
import { validateChorus, validateEn16931 } from "./validate";

async function sample(file = "en16931-cii/CII_example3.xml"): Promise<InvoiceModel> {
  const detected = await detectSyntax(readSample(file));
  if (!detected.ok) throw new Error(detected.error.message);
  return extractInvoice(detected.detected);
}
const codes = (m: InvoiceModel) => validateEn16931(m).map((i) => i.code);

describe("EN 16931 totals and VAT rules", () => {
  it("BR-CO-13/15/16 fire on a wrong charge total, with the expected value and element", async () => {
    const m = await sample();
    m.totals.charges = "90"; // the document charge is 100
    const issues = validateEn16931(m);
    expect(issues.map((i) => i.code)).toEqual(["BR-CO-12", "BR-CO-13"]);
    expect(issues[1]?.path).toBe("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxBasisTotalAmount");
    expect(issues[1]?.message).toContain("890,00");
  });

  it("BR-CO-14, BR-CO-15, BR-CO-16 and BR-S-09 catch VAT and payable mistakes", async () => {
    const m = await sample();
    m.vatBreakdown[0]!.taxAmount = "227"; // 900 × 25 % = 225
    m.totals.payable = "1125.01";
    expect(codes(m)).toEqual(["BR-CO-14", "BR-CO-16", "BR-S-09"]);
    m.totals.vatTotal = "227";
    expect(codes(m)).toEqual(["BR-CO-15", "BR-CO-16", "BR-S-09"]);
  });

  it("BR-S-08 compares the base per rate with lines + charges − allowances", async () => {
    const m = await sample();
    m.vatBreakdown[0]!.taxableAmount = "800"; // forgets the 100 freight charge
    // 225 of VAT no longer matches 800 × 25 % either.
    expect(codes(m)).toEqual(["BR-S-08", "BR-S-09"]);
  });

  it("BR-CO-25 wants a due date or terms when something is due; BR-CO-03 one of BT-7/BT-8", async () => {
    const m = await sample();
    m.dueDate = undefined;
    expect(codes(m)).toEqual(["BR-CO-25"]);
    m.paymentTerms = "30 jours fin de mois";
    m.taxPointDate = "2013-04-10";
    m.taxPointDateCode = "35";
    expect(codes(m)).toEqual(["BR-CO-03"]);
  });

  it("BR-01…BR-16 on an empty document", async () => {
    const m = await sample();
    const empty: InvoiceModel = { ...m, specificationId: undefined, number: undefined, issueDate: undefined, typeCode: undefined, currency: undefined, seller: { identifiers: [], hasAddress: false }, buyer: { identifiers: [], hasAddress: false }, lines: [], vatBreakdown: [], charges: [], totals: {} };
    expect(codes(empty)).toEqual(["BR-01", "BR-02", "BR-03", "BR-04", "BR-05", "BR-06", "BR-07", "BR-08", "BR-09", "BR-10", "BR-11", "BR-12", "BR-13", "BR-14", "BR-15", "BR-16"]);
  });
});

describe("Chorus Pro rules", () => {
  it("requires service code / EJ per the recipient's settings, and a payment means", async () => {
    const m = await sample("facturx-fnfe/Facture_FR_EN16931.factur-x.xml");
    m.buyer.identifiers = [{ id: "11000201100044", scheme: "0009" }];
    m.seller.identifiers = [{ id: "73282932000074", scheme: "0009" }];
    const recipient = { codeServiceDoitEtreRenseigne: true, numeroEJDoitEtreRenseigne: true, gestionNumeroEJOuCodeService: false, active: true };
    // The sample carries PO445 as BT-13 but no BuyerReference.
    expect(validateChorus(m, { recipient }).map((i) => [i.code, i.path])).toEqual([
      ["CPP-CODE-SERVICE-OBLIGATOIRE", "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference"],
    ]);
    m.paymentMeans = [];
    m.orderReference = undefined;
    expect(validateChorus(m, { recipient: { ...recipient, gestionNumeroEJOuCodeService: true } }).map((i) => i.code)).toEqual([
      "CPP-EJ-OU-SERVICE-OBLIGATOIRE",
      "CPP-MOYEN-PAIEMENT",
    ]);
  });

  it("requires a credit note to cite its invoice", async () => {
    const m = await sample("facturx-fnfe/Avoir_FR_type381_BASIC.factur-x.xml");
    m.precedingInvoices = [];
    expect(validateChorus(m).map((i) => i.code)).toContain("CPP-AVOIR-FACTURE-ORIGINE");
  });
});
