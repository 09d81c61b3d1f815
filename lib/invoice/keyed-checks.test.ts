import { describe, expect, it } from "vitest";
import { checkKeyedInvoice, type KeyedCheckContext } from "./keyed-checks";
import { FRENCH_VAT_RATES, keyedInvoiceSchema, type KeyedInvoice } from "./keyed-invoice";

const ctx: KeyedCheckContext = {
  recipient: { codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false, active: true },
  vatRates: FRENCH_VAT_RATES,
  today: "2026-11-27",
};

function invoice(patch: (draft: KeyedInvoice) => void = () => {}): KeyedInvoice {
  const draft = keyedInvoiceSchema.parse({
    numeroFactureSaisi: "F2026-0042",
    dateFacture: "2026-11-20",
    destinataire: { codeDestinataire: "11000201100044" },
    fournisseur: { siret: "73282932000074" },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
    references: { typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
    lignePoste: [
      { lignePosteDenomination: "Audit", lignePosteQuantite: "3", lignePosteMontantUnitaireHT: "19.99", lignePosteTauxTva: "TVA20" },
      { lignePosteDenomination: "Livres", lignePosteQuantite: "7", lignePosteMontantUnitaireHT: "4.35", lignePosteMontantRemiseHT: "1.00", lignePosteTauxTva: "TVA5.5" },
      { lignePosteDenomination: "Conseil", lignePosteQuantite: "2.5", lignePosteMontantUnitaireHT: "12.345", lignePosteTauxTva: "TVA20" },
    ],
    ligneTva: [
      { ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: "90.83", ligneTvaMontantTvaParTaux: "18.17" },
      { ligneTvaTaux: "TVA5.5", ligneTvaMontantBaseHtParTaux: "29.45", ligneTvaMontantTvaParTaux: "1.62" },
    ],
    montantTotal: { montantHtTotal: "120.28", montantTVA: "19.79", montantTtcTotal: "140.07", montantAPayer: "140.07" },
  });
  patch(draft);
  return draft;
}

const codes = (inv: KeyedInvoice, context = ctx) => checkKeyedInvoice(inv, context).issues.map((i) => i.code);

describe("checkKeyedInvoice", () => {
  it("accepts a consistent invoice and returns the computed totals", () => {
    const result = checkKeyedInvoice(invoice(), ctx);
    expect(result.issues).toEqual([]);
    expect(result.totals?.montantTotal.montantTtcTotal).toBe("140.07");
  });

  it("flags a per-line VAT rounding (18.16 instead of 18.17) with the expected value", () => {
    const result = checkKeyedInvoice(
      invoice((d) => {
        d.ligneTva![0]!.ligneTvaMontantTvaParTaux = "18.16";
        d.montantTotal!.montantTVA = "19.78";
      }),
      ctx,
    );
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["BR-CO-14", "montantTotal.montantTVA"],
      ["BR-S-09", "ligneTva[0].ligneTvaMontantTvaParTaux"],
    ]);
    expect(result.issues[1]?.message).toContain("18,17");
  });

  it("flags totals HT, TTC and amount due, and a missing or extra VAT rate", () => {
    const result = codes(
      invoice((d) => {
        d.montantTotal = { montantHtTotal: "120.00", montantTVA: "19.79", montantTtcTotal: "140.00", montantAPayer: "140.00" };
        d.ligneTva = [
          { ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: "90.83", ligneTvaMontantTvaParTaux: "18.17" },
          { ligneTvaTaux: "TVA10", ligneTvaMontantBaseHtParTaux: "0", ligneTvaMontantTvaParTaux: "0" },
        ];
      }),
    );
    expect(result).toEqual(["BR-CO-10", "BR-CO-15", "BR-CO-16", "BR-S-08", "BR-S-08"]);
  });

  it("enforces the recipient's settings: service code, EJ, or either one", () => {
    const strict = { ...ctx, recipient: { ...ctx.recipient, codeServiceDoitEtreRenseigne: true, numeroEJDoitEtreRenseigne: true } };
    expect(codes(invoice(), strict)).toEqual(["CPP-CODE-SERVICE-OBLIGATOIRE", "CPP-NUMERO-EJ-OBLIGATOIRE"]);
    const either = { ...ctx, recipient: { ...ctx.recipient, gestionNumeroEJOuCodeService: true } };
    expect(codes(invoice(), either)).toEqual(["CPP-EJ-OU-SERVICE-OBLIGATOIRE"]);
    expect(codes(invoice((d) => (d.references.numeroBonCommande = "EJ123")), either)).toEqual([]);
    const inactive = { ...ctx, recipient: { ...ctx.recipient, active: false } };
    expect(codes(invoice(), inactive)).toEqual(["CPP-DESTINATAIRE-INACTIF"]);
  });

  it("checks SIRET keys, La Poste included", () => {
    expect(codes(invoice((d) => (d.destinataire.codeDestinataire = "11000201100045")))).toEqual(["CPP-SIRET-DESTINATAIRE"]);
    expect(codes(invoice((d) => (d.destinataire.codeDestinataire = "35600000000048")))).toEqual([]);
    expect(codes(invoice((d) => (d.fournisseur = { siret: "12345678901234" })))).toEqual(["CPP-SIRET-FOURNISSEUR"]);
  });

  it("requires amount due 0 for A2, a validator for A9/A12, the original number for a credit note", () => {
    const a2 = invoice((d) => {
      d.cadreDeFacturation.codeCadreFacturation = "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE";
      d.montantTotal = undefined;
    });
    expect(codes(a2)).toEqual(["CPP-A2-MONTANT-A-PAYER"]);
    a2.montantDejaPaye = "140.07";
    expect(codes(a2)).toEqual([]);
    expect(codes(invoice((d) => (d.cadreDeFacturation.codeCadreFacturation = "A9_FACTURE_SOUSTRAITANT")))).toEqual(["CPP-VALIDEUR-OBLIGATOIRE"]);
    expect(codes(invoice((d) => (d.references.typeFacture = "AVOIR")))).toEqual(["CPP-AVOIR-FACTURE-ORIGINE"]);
  });

  it("refuses a negative quantity on an invoice and explains the credit note", () => {
    const result = checkKeyedInvoice(
      invoice((d) => {
        d.lignePoste[0]!.lignePosteQuantite = "-3";
        d.ligneTva = undefined;
        d.montantTotal = undefined;
      }),
      ctx,
    );
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "CPP-QUANTITE-NEGATIVE", path: "lignePoste[0].lignePosteQuantite" });
    expect(result.issues[0]?.message).toMatch(/avoir/);
  });

  it("reports every field error at once and skips the arithmetic when amounts are unreadable", () => {
    const result = checkKeyedInvoice(
      invoice((d) => {
        d.numeroFactureSaisi = "FACTURE N° 2026/000000042";
        d.dateFacture = "2026-12-05";
        d.references.typeTva = "EXONERATION";
        d.lignePoste[0]!.lignePosteTauxTva = "TVA19.6";
        d.lignePoste[1]!.lignePosteMontantUnitaireHT = "4,35";
        d.lignePoste[2]!.lignePosteQuantite = "2.12345";
      }),
      ctx,
    );
    expect(result.totals).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual([
      "CPP-NUMERO-FACTURE",
      "CPP-DATE-FUTURE",
      "CPP-MOTIF-EXONERATION",
      "CPP-TAUX-TVA-INCONNU",
      "CPP-MONTANT-INVALIDE",
      "CPP-QUANTITE-DECIMALES",
    ]);
    expect(result.issues.every((i) => i.message.length > 20)).toBe(true);
  });

  it("tolerates tomorrow (time zones) but not an impossible date; requires a line", () => {
    expect(codes(invoice((d) => (d.dateFacture = "2026-11-28")))).toEqual([]);
    expect(codes(invoice((d) => (d.dateFacture = "2026-02-30")))).toEqual(["CPP-DATE-INVALIDE"]);
    const empty = invoice((d) => {
      d.lignePoste = [];
      d.ligneTva = undefined;
      d.montantTotal = undefined;
    });
    expect(codes(empty)).toEqual(["BR-16"]);
  });
});
