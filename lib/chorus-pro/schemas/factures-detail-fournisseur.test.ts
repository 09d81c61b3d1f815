// The bank account an invoice carries, read from the fournisseur block of consulter/fournisseur.
import { describe, expect, it } from "vitest";
import { parseWire } from "./common";
import { ConsulterFactureResponse } from "./factures-responses";

const party = { idFournisseur: "27000001", codeFournisseur: "12345678900012", designationFournisseur: "ACME FOURNITURES SAS" };

describe("FactureDetail fournisseur block", () => {
  it("reads the account, its IBAN (check digits kept as they are) and its BIC, and drops the raw wire fields", () => {
    const f = parseWire(ConsulterFactureResponse, { codeRetour: 0, facture: { identifiantFactureCPP: 9000099, fournisseur: {
      ...party, coordBancairesFournisseurId: "270000018", coordBancairesFournisseurType: "IBAN", coordBancairesFournisseurLibelle: "Compte affacturage",
      coordBancairesFournisseurCodePays: "FR", coordBancairesFournisseurCleIban: "67", coordBancairesFournisseurCompteBancaire: "30006000011234567890189",
      coordBancairesFournisseurCodeBanque: "30006", coordBancairesCodeGuichet: "00001", coordBancairesFournisseurCleRib: "89", coordBancairesBicSwift: " SOGEFRPP ",
    } } });
    expect(f.fournisseur).toEqual({
      idFournisseur: 27000001, codeFournisseur: "12345678900012", designationFournisseur: "ACME FOURNITURES SAS",
      coordonneesBancaires: { idCoordonneeBancaire: 270000018, libelle: "Compte affacturage", type: "IBAN", iban: "FR6730006000011234567890189", bic: "SOGEFRPP" },
    });
  });

  it("leaves the account out when the invoice names none (nulls as the wire sends them)", () => {
    const f = parseWire(ConsulterFactureResponse, { facture: { identifiantFactureCPP: 1, fournisseur: { ...party, coordBancairesFournisseurId: null, coordBancairesFournisseurCompteBancaire: null } } });
    expect(f.fournisseur).not.toHaveProperty("coordonneesBancaires");
    expect(f.fournisseur?.idFournisseur).toBe(27000001);
  });

  it("keeps an account id whose IBAN cannot be rebuilt (iban null)", () => {
    const f = parseWire(ConsulterFactureResponse, { facture: { identifiantFactureCPP: 1, fournisseur: { coordBancairesFournisseurId: 5, coordBancairesFournisseurType: "RIB", coordBancairesFournisseurCompteBancaire: "12" } } });
    expect(f.fournisseur?.coordonneesBancaires).toEqual({ idCoordonneeBancaire: 5, type: "RIB", iban: null });
  });
});
