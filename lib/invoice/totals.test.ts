import { describe, expect, it } from "vitest";
import { computeTotals, InvalidAmountError, lineNet } from "./totals";

describe("computeTotals", () => {
  it("computes a 3-line invoice at mixed rates, VAT rounded per rate (hand-computed)", () => {
    const totals = computeTotals({
      lines: [
        // 3 × 19.99 = 59.97
        { quantity: "3", unitPrice: "19.99", vatRateCode: "TVA20", vatRate: "20" },
        // 7 × 4.35 − 1.00 = 29.45
        { quantity: "7", unitPrice: "4.35", discount: "1.00", vatRateCode: "TVA5.5", vatRate: "5.5" },
        // 2.5 × 12.345 = 30.8625 → 30.86
        { quantity: "2.5", unitPrice: "12.345", vatRateCode: "TVA20", vatRate: "20" },
      ],
      globalDiscountTtc: "0.07",
      prepaid: "40",
    });
    expect(totals.lignePoste.map((l) => l.lignePosteMontantHtApresRemise)).toEqual(["59.97", "29.45", "30.86"]);
    // 20 %: (59.97 + 30.86) × 0.2 = 18.166 → 18.17 (per line it would be 11.99 + 6.17 = 18.16).
    // 5.5 %: 29.45 × 0.055 = 1.61975 → 1.62.
    expect(totals.ligneTva).toEqual([
      { ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: "90.83", ligneTvaMontantTvaParTaux: "18.17" },
      { ligneTvaTaux: "TVA5.5", ligneTvaMontantBaseHtParTaux: "29.45", ligneTvaMontantTvaParTaux: "1.62" },
    ]);
    expect(totals.montantTotal).toEqual({
      montantHtTotal: "120.28",
      montantTVA: "19.79",
      montantTtcAvantRemiseGlobalTTC: "140.07",
      montantRemiseGlobaleTTC: "0.07",
      montantTtcTotal: "140.00",
      montantAPayer: "100.00",
    });
    expect(totals.lignePoste[1]).toMatchObject({
      lignePosteNumero: 2,
      lignePosteQuantite: "7",
      lignePosteMontantUnitaireHT: "4.35",
      lignePosteMontantRemiseHT: "1.00",
      lignePosteTauxTva: "TVA5.5",
    });
  });

  it("never goes through binary floats (1.005 rounds up, 0.1 × 3 is 0.30)", () => {
    expect(lineNet({ quantity: "1", unitPrice: "1.005", vatRateCode: "TVA20", vatRate: "20" }).toFixed(2)).toBe("1.01");
    const totals = computeTotals({
      lines: [{ quantity: "3", unitPrice: "0.1", vatRateCode: "TVA20", vatRate: "20" }],
    });
    expect(totals.montantTotal).toMatchObject({ montantHtTotal: "0.30", montantTVA: "0.06", montantTtcTotal: "0.36" });
  });

  it("rounds negative amounts half away from zero, so a credit note mirrors its invoice", () => {
    const totals = computeTotals({
      lines: [{ quantity: "-1", unitPrice: "0.625", vatRateCode: "TVA20", vatRate: "20" }],
    });
    // −0.625 → −0.63; VAT −0.126 → −0.13.
    expect(totals.ligneTva[0]).toMatchObject({ ligneTvaMontantBaseHtParTaux: "-0.63", ligneTvaMontantTvaParTaux: "-0.13" });
    expect(totals.montantTotal.montantAPayer).toBe("-0.76");
  });

  it("gives zeros, not -0.00, for an all-zero invoice", () => {
    const totals = computeTotals({ lines: [{ quantity: "0", unitPrice: "10", vatRateCode: "TVA0", vatRate: "0" }] });
    expect(totals.montantTotal.montantAPayer).toBe("0.00");
    expect(totals.ligneTva[0]?.ligneTvaMontantTvaParTaux).toBe("0.00");
  });

  it("refuses a non-decimal amount instead of computing NaN", () => {
    expect(() =>
      computeTotals({ lines: [{ quantity: "1,5", unitPrice: "10", vatRateCode: "TVA20", vatRate: "20" }] }),
    ).toThrow(InvalidAmountError);
  });
});
