import { describe, expect, it } from "vitest";
import { FRENCH_VAT_RATES } from "@/lib/invoice/keyed-invoice";
import { checkSaisie, emptySaisie, formPath, saisieFactureSchema, soumettreDedupKey, toKeyedInvoice, toSoumettreBody, type SaisieFacture } from "./saisie-facture";

// A valid SIRET (Luhn) for the checks; the sandbox's own are generated from its seed.
const SIRET = "73282932000074";
const today = "2026-11-27";
const commune = { codeServiceDoitEtreRenseigne: true, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false, active: true };
const ctx = { recipient: commune, vatRates: FRENCH_VAT_RATES, today };

function invoice(patch: Partial<SaisieFacture> = {}): SaisieFacture {
  return saisieFactureSchema.parse({
    ...emptySaisie(today),
    destinataire: { siret: SIRET, idStructureCPP: 26000001, nom: "COMMUNE", codeServiceExecutant: "FACTURES_PUBLIQUES" },
    numeroFacture: "F-2026-001",
    lignes: [
      { denomination: "Ramettes", quantite: "10", prixUnitaireHT: "4,99", tauxTva: "TVA20" },
      { denomination: "Livres", quantite: "3", prixUnitaireHT: "12.50", remiseHT: "1", tauxTva: "TVA5.5" },
      { denomination: "Transport", quantite: "1", prixUnitaireHT: "15", tauxTva: "TVA10" },
    ],
    ...patch,
  });
}

describe("saisieFactureSchema", () => {
  it("fills defaults so that a half-typed draft always parses", () => {
    const d = saisieFactureSchema.parse({});
    expect(d.cadre).toBe("A1_FACTURE_FOURNISSEUR");
    expect(d.typeFacture).toBe("FACTURE");
    expect(d.lignes).toEqual([]);
  });
  it("refuses oversized text and unknown enums", () => {
    expect(saisieFactureSchema.safeParse({ numeroFacture: "x".repeat(41) }).success).toBe(false);
    expect(saisieFactureSchema.safeParse({ cadre: "A3_MEMOIRE_JUSTICE" }).success).toBe(false);
    expect(saisieFactureSchema.safeParse({ lignes: Array.from({ length: 201 }, () => ({})) }).success).toBe(false);
  });
});

describe("checkSaisie", () => {
  it("accepts a 3-line mixed-VAT invoice and computes totals in decimals", () => {
    const { errors, totals } = checkSaisie(invoice(), ctx);
    expect(errors).toEqual({});
    expect(totals?.montantTotal).toMatchObject({ montantHtTotal: "101.40", montantTVA: "13.49", montantTtcTotal: "114.89", montantAPayer: "114.89" });
    expect(totals?.ligneTva.map((l) => l.ligneTvaTaux)).toEqual(["TVA20", "TVA5.5", "TVA10"]);
  });
  it("puts the required service code beside the service field", () => {
    const form = invoice();
    form.destinataire.codeServiceExecutant = "";
    expect(checkSaisie(form, ctx).errors["destinataire.codeServiceExecutant"]?.[0]).toMatch(/code service/);
  });
  it("asks for a recipient when none is chosen", () => {
    expect(checkSaisie(invoice(), { ...ctx, recipient: null }).errors["destinataire.siret"]).toBeDefined();
  });
  it("refuses an inactive recipient, a wrong SIRET, an unknown rate and a negative quantity", () => {
    const form = invoice({ destinataire: { siret: "12345678901234", idStructureCPP: 1, nom: "", codeServiceExecutant: "X" } });
    form.lignes[0] = { ...form.lignes[0]!, quantite: "-2" };
    form.lignes[1] = { ...form.lignes[1]!, tauxTva: "TVA99" };
    const { errors } = checkSaisie(form, { ...ctx, recipient: { ...commune, active: false } });
    expect(errors["destinataire.siret"]?.join(" ")).toMatch(/inval/);
    expect(errors["destinataire.siret"]?.join(" ")).toMatch(/plus active/);
    expect(errors["lignes.0.quantite"]?.[0]).toMatch(/négative/);
    expect(errors["lignes.1.tauxTva"]?.[0]).toMatch(/TVA99/);
  });
  it("requires the original invoice of a credit note", () => {
    expect(checkSaisie(invoice({ typeFacture: "AVOIR" }), ctx).errors["numeroFactureOrigine"]).toBeDefined();
    expect(checkSaisie(invoice({ typeFacture: "AVOIR", numeroFactureOrigine: "F-1" }), ctx).errors).toEqual({});
  });
  it("refuses an A2 invoice with an amount still due, accepts it fully paid", () => {
    expect(checkSaisie(invoice({ cadre: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" }), ctx).errors["montantDejaPaye"]).toBeDefined();
    expect(checkSaisie(invoice({ cadre: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", montantDejaPaye: "114.89" }), ctx).errors).toEqual({});
  });
  it("requires the validator of A9/A12 invoices", () => {
    expect(checkSaisie(invoice({ cadre: "A9_FACTURE_SOUSTRAITANT" }), ctx).errors["codeStructureValideur"]).toBeDefined();
  });
  it("maps wire paths to form paths", () => {
    expect(formPath("lignePoste[2].lignePosteQuantite")).toBe("lignes.2.quantite");
    expect(formPath("references.numeroBonCommande")).toBe("numeroEngagement");
  });
});

describe("toSoumettreBody", () => {
  it("builds the SAISIE_API wire body from the checked form", () => {
    const form = invoice({ numeroEngagement: " EJ1 ", commentaire: "Merci" });
    const { totals } = checkSaisie(form, ctx);
    const body = toSoumettreBody(form, totals!, 27000001);
    expect(body).toMatchObject({
      modeDepot: "SAISIE_API", numeroFactureSaisi: "F-2026-001", dateFacture: today,
      destinataire: { codeDestinataire: SIRET, codeServiceExecutant: "FACTURES_PUBLIQUES" },
      fournisseur: { idFournisseur: 27000001 },
      cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
      references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT", numeroBonCommande: "EJ1" },
      montantTotal: { montantHtTotal: "101.40", montantTVA: "13.49", montantTtcTotal: "114.89", montantAPayer: "114.89" },
      commentaire: "Merci",
    });
    expect(body.lignePoste[0]).toMatchObject({ lignePosteNumero: 1, lignePosteDenomination: "Ramettes", lignePosteQuantite: "10", lignePosteMontantUnitaireHT: "4.99", lignePosteTauxTva: "TVA20" });
    expect(body.ligneTva).toHaveLength(3);
    expect(body.references.numeroFactureOrigine).toBeUndefined();
  });
  it("keeps the validator only for validated cadres and the origin only for credit notes", () => {
    const form = invoice({ codeStructureValideur: SIRET, numeroFactureOrigine: "F-0" });
    const inv = toKeyedInvoice(form);
    expect(inv.cadreDeFacturation.codeStructureValideur).toBeUndefined();
    expect(inv.references.numeroFactureOrigine).toBeUndefined();
  });
  it("references the attachments Chorus Pro already holds, and none when there are none", () => {
    const form = invoice();
    const { totals } = checkSaisie(form, ctx);
    expect(toSoumettreBody(form, totals!, 27000001)).not.toHaveProperty("pieceJointeComplementaire");
    const body = toSoumettreBody(form, totals!, 27000001, { principale: { id: 7, nom: "facture.pdf" }, complementaires: [{ id: 8, nom: "bon.de.livraison.png" }] });
    expect(body).toMatchObject({
      pieceJointePrincipale: { pieceJointePrincipaleId: 7, pieceJointePrincipaleDesignation: "facture" },
      pieceJointeComplementaire: [{ pieceJointeComplementaireId: 8, pieceJointeComplementaireDesignation: "bon.de.livraison", pieceJointeComplementaireType: "AUTRE" }],
    });
  });
  it("keeps attachments in the draft and bounds their number", () => {
    const piece = { uploadId: "3c9e1f7a-5b2d-4a8e-8f1c-6d4b2a0e9c71", fileName: "a.pdf", size: 10 };
    expect(saisieFactureSchema.parse({}).piecesJointes).toEqual([]);
    expect(saisieFactureSchema.parse({ pieceJointePrincipale: piece }).pieceJointePrincipale).toEqual(piece);
    expect(saisieFactureSchema.safeParse({ piecesJointes: Array.from({ length: 11 }, () => piece) }).success).toBe(false);
    expect(saisieFactureSchema.safeParse({ piecesJointes: [{ ...piece, uploadId: "../x" }] }).success).toBe(false);
  });
  it("names the dedup key after the supplier and the number", () => {
    expect(soumettreDedupKey(27000001, "F-1")).toBe("soumettre:27000001:F-1");
  });
});
