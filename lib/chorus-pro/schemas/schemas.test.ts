import { describe, expect, it } from "vitest";
import { parseUpstreamDateTime, parseWire, wireAmount, wireId } from "./common";
import { RechercherFactureParFournisseurResponse, RechercherFactureRecipiendaireResponse, SoumettreFactureResponse, HistoriqueResponse } from "./factures-responses";
import { SoumettreFactureParam } from "./factures";

describe("lenient readers (CONTRACT §8)", () => {
  it("reads ids and amounts as numbers or strings", () => {
    expect(wireId.parse("3346947")).toBe(3346947);
    expect(wireId.parse(25783752)).toBe(25783752);
    expect(wireAmount.parse("10")).toBe("10");
    expect(wireAmount.parse(1234.5)).toBe("1234.5");
    expect(wireAmount.parse("0.10")).toBe("0.1");
    expect(wireAmount.parse(0.1 + 0.2)).toBe("0.30000000000000004"); // never rounded silently
    expect(() => wireAmount.parse("abc")).toThrow();
  });
  it("reads the datetime shapes seen", () => {
    expect(parseUpstreamDateTime("2019-07-11T15:45:39.674+02:00")?.toISOString()).toBe("2019-07-11T13:45:39.674Z");
    expect(parseUpstreamDateTime("2018-04-19 11:08")?.toISOString()).toBe("2018-04-19T09:08:00.000Z"); // Paris, summer time
    expect(parseUpstreamDateTime("2018-01-19 11:08")?.toISOString()).toBe("2018-01-19T10:08:00.000Z");
    expect(parseUpstreamDateTime("n/a")).toBeUndefined();
  });
});

describe("response schemas", () => {
  it("maps soumettre to the domain (unknown status → TECHNIQUE_INCONNU)", () => {
    const r = parseWire(SoumettreFactureResponse, { codeRetour: 0, libelle: "GCU_MSG_01_000", identifiantFactureCPP: "8420532", numeroFacture: "F1", statutFacture: "DEPOSEE", dateDepot: "2026-04-03", empreinteCertificatDepot: null });
    expect(r).toMatchObject({ identifiantFactureCPP: 8420532, statutFacture: "DEPOSEE", dateDepot: "2026-04-03" });
    expect(r.empreinteCertificatDepot).toBeUndefined();
    expect(SoumettreFactureResponse.parse({ identifiantFactureCPP: 1, statutFacture: "NOUVEAU_STATUT" }).statutFacture).toBe("TECHNIQUE_INCONNU");
  });
  it("reads counters from parametresRetour, and at the top level for rechercher/recipiendaire", () => {
    const f = RechercherFactureParFournisseurResponse.parse({ codeRetour: 0, listeFactures: [{ identifiantFactureCPP: 1, montantTTC: 12.3 }], parametresRetour: { pageCourante: 2, pages: 3, nbResultatsParPage: 1, total: 3 } });
    expect(f.pagination).toEqual({ pageCourante: 2, pages: 3, nbResultatsParPage: 1, total: 3 });
    expect(f.items[0]?.montantTTC).toBe("12.3");
    const r = RechercherFactureRecipiendaireResponse.parse({ codeRetour: 0, listeFactures: [{ idFacture: "3346947", montantHT: "10", statut: "MISE_A_DISPOSITION" }], pageCourante: "1", pages: "4", nbResultatsParPage: "1", total: "4" });
    expect(r.pagination.pages).toBe(4);
    expect(r.items[0]).toMatchObject({ idFacture: 3346947, montantHT: "10", statut: "MISE_A_DISPOSITION" });
  });
  it("treats a missing list as empty", () => {
    expect(RechercherFactureParFournisseurResponse.parse({ codeRetour: 0 }).items).toEqual([]);
  });
  it("flattens the history", () => {
    const h = HistoriqueResponse.parse({ idFacture: 1, statutCourantCode: "MANDATEE", historiquesDesStatuts: { histoStatut: [{ histoStatutCode: "MANDATEE", histoStatutDatePassage: "2018-04-19 11:08" }, { histoStatutCode: "DEPOSEE" }] } });
    expect(h.statutCourant).toBe("MANDATEE");
    expect(h.statuts.map((s) => s.histoStatutCode)).toEqual(["MANDATEE", "DEPOSEE"]);
  });
});

describe("request schemas", () => {
  it("serialises decimal strings as JSON numbers without arithmetic and strips unknown keys", () => {
    const body = SoumettreFactureParam.parse({
      modeDepot: "SAISIE_API", numeroFactureSaisi: "F-1", dateFacture: "2026-04-03",
      destinataire: { codeDestinataire: "00000000012887" }, fournisseur: { idFournisseur: "25783752" },
      cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
      references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
      montantTotal: { montantHtTotal: "100.10", montantTVA: "20.02", montantTtcTotal: "120.12", montantAPayer: "120.12" },
      notAField: 1,
    });
    expect(JSON.stringify(body.montantTotal)).toBe('{"montantHtTotal":100.1,"montantTVA":20.02,"montantTtcTotal":120.12,"montantAPayer":120.12}');
    expect(body.fournisseur.idFournisseur).toBe(25783752);
    expect("notAField" in body).toBe(false);
  });
});
