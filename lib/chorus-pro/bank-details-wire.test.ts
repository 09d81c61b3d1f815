// The INFERRED reading of the IBAN on an invoice's fournisseur block, and the narrowed factures
// requests of transverses.ts against the Factures swagger (read at test time).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ibanFromFournisseurBlock } from "./inferred";
import { CoordonneesBancairesFactureResponse, FacturesParCoordonneeBancaireParam } from "./schemas/transverses";

describe("ibanFromFournisseurBlock", () => {
  it("joins country, check digits and BBAN for type IBAN, keeping wrong check digits as they are", () => {
    const b = { coordBancairesFournisseurType: "IBAN", coordBancairesFournisseurCodePays: "fr", coordBancairesFournisseurCleIban: "76", coordBancairesFournisseurCompteBancaire: "3000 6000 0112 3456 7890 189" };
    expect(ibanFromFournisseurBlock(b)).toBe("FR7630006000011234567890189");
    expect(ibanFromFournisseurBlock({ ...b, coordBancairesFournisseurCleIban: "67" })).toBe("FR6730006000011234567890189");
  });

  it("accepts a whole IBAN in the account field, builds one from a French RIB, and gives up on garbage", () => {
    expect(ibanFromFournisseurBlock({ coordBancairesFournisseurCompteBancaire: "DE89370400440532013000" })).toBe("DE89370400440532013000");
    const rib = { coordBancairesFournisseurType: "RIB", coordBancairesFournisseurCodeBanque: "30006", coordBancairesCodeGuichet: "00001", coordBancairesFournisseurCompteBancaire: "12345678901", coordBancairesFournisseurCleRib: "89" };
    expect(ibanFromFournisseurBlock(rib)).toBe("FR7630006000011234567890189");
    expect(ibanFromFournisseurBlock({ ...rib, coordBancairesFournisseurCleRib: "8" })).toBeNull();
    expect(ibanFromFournisseurBlock({})).toBeNull();
    expect(ibanFromFournisseurBlock({ coordBancairesFournisseurType: "IBAN", coordBancairesFournisseurCompteBancaire: "123" })).toBeNull();
  });

  it("maps the consulter/fournisseur answer to the account, its IBAN and where it was read", () => {
    const r = CoordonneesBancairesFactureResponse.parse({ facture: { identifiantFactureCPP: "9000012", numeroFacture: "F1", references: { dateDepot: "2026-10-02" }, fournisseur: {
      coordBancairesFournisseurId: 270000018, coordBancairesFournisseurType: "IBAN", coordBancairesFournisseurLibelle: "Compte", coordBancairesFournisseurCodePays: "FR",
      coordBancairesFournisseurCleIban: "76", coordBancairesFournisseurCompteBancaire: "30006000011234567890189", coordBancairesBicSwift: " AGRIFRPP ",
    } } });
    expect(r).toEqual({ identifiantFactureCPP: 9000012, numeroFacture: "F1", dateDepot: "2026-10-02", coordonnees: { idCoordonneeBancaire: 270000018, libelle: "Compte", type: "IBAN", iban: "FR7630006000011234567890189", bic: "AGRIFRPP" } });
    expect(CoordonneesBancairesFactureResponse.parse({ facture: { identifiantFactureCPP: 1 } }).coordonnees).toBeNull();
  });
});

describe("the narrowed rechercher/fournisseur request", () => {
  it("sends only fields the swagger's RechercherFactureParFournisseurParam declares", () => {
    const sw = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "../shared/reference/chorus-pro/openapi/api-chorus-pro.json"), "utf8")) as { definitions: Record<string, { properties?: Record<string, unknown> }> };
    const props = Object.keys(sw.definitions["RechercherFactureParFournisseurParam"]?.properties ?? {});
    const sent = FacturesParCoordonneeBancaireParam.parse({ idUtilisateurCourant: 1, coordonneeBancaire: 2, rechercheFactureParFournisseur: { pageResultatDemandee: 1 } });
    expect(props).toEqual(expect.arrayContaining(Object.keys(sent)));
  });
});
