import { describe, expect, it } from "vitest";
import { FRENCH_VAT_RATES } from "@/lib/invoice/keyed-invoice";
import { SoumettreFactureParam } from "@/lib/chorus-pro/schemas/factures";
import { checkSaisie, emptySaisie, saisieFactureSchema, saveDraftSchema, toSoumettreBody, type SaisieFacture } from "./saisie-facture";
import { checkCompteBancaire, initialCompte, showCompteField } from "./saisie-facture-compte";

const today = "2026-11-27";
const ctx = { recipient: { codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false, active: true }, vatRates: FRENCH_VAT_RATES, today };

function invoice(patch: Partial<SaisieFacture> = {}): SaisieFacture {
  return saisieFactureSchema.parse({
    ...emptySaisie(today),
    destinataire: { siret: "73282932000074", idStructureCPP: 26000004, nom: "SANS CONTRAINTE", codeServiceExecutant: "" },
    numeroFacture: "F-2026-002",
    lignes: [{ denomination: "Audit", quantite: "1", prixUnitaireHT: "100", tauxTva: "TVA20" }],
    ...patch,
  });
}
const bodyOf = (form: SaisieFacture) => toSoumettreBody(form, checkSaisie(form, ctx).totals!, 27000001);

describe("the bank account in the key-in form's schema", () => {
  it("is null by default, so that drafts saved before the field existed still open", () => {
    expect(saisieFactureSchema.parse({}).idCoordonneeBancaire).toBeNull();
    expect(emptySaisie(today).idCoordonneeBancaire).toBeNull();
  });
  it("keeps the chosen id through a draft save (the action's input)", () => {
    const parsed = saveDraftSchema.parse({ idStructureCPP: 27000001, draftId: null, data: { idCoordonneeBancaire: 270000018 } });
    expect(parsed.data.idCoordonneeBancaire).toBe(270000018);
    // What autosave stores is what the form reopens.
    expect(saisieFactureSchema.parse(JSON.parse(JSON.stringify(parsed.data))).idCoordonneeBancaire).toBe(270000018);
  });
  it("refuses an id that is not a positive integer, with a French message", () => {
    for (const bad of ["270000018", -1, 0, 1.5]) {
      const r = saisieFactureSchema.safeParse({ idCoordonneeBancaire: bad });
      expect(r.success, String(bad)).toBe(false);
    }
    expect(saisieFactureSchema.safeParse({ idCoordonneeBancaire: "x" }).error?.issues[0]?.message).toMatch(/Compte bancaire inconnu/);
  });
});

describe("toSoumettreBody: fournisseur.codeCoordonneesBancairesFournisseur", () => {
  it("names the chosen account, in the wire shape the gateway sends", () => {
    const body = bodyOf(invoice({ idCoordonneeBancaire: 270000018 }));
    expect(body.fournisseur).toEqual({ idFournisseur: 27000001, codeCoordonneesBancairesFournisseur: 270000018 });
    const wire = SoumettreFactureParam.parse({ ...body, idUtilisateurCourant: 1001 });
    expect(wire.fournisseur.codeCoordonneesBancairesFournisseur).toBe(270000018);
  });
  it("sends no account when none is chosen (a structure without bank details)", () => {
    expect(bodyOf(invoice()).fournisseur).toEqual({ idFournisseur: 27000001 });
  });
});

describe("checkCompteBancaire", () => {
  const comptes = [{ idCoordonneeBancaire: 270000019 }, { idCoordonneeBancaire: 270000018 }];
  it("accepts one of the structure's accounts, or none", () => {
    expect(checkCompteBancaire(270000018, comptes)).toEqual({});
    expect(checkCompteBancaire(null, comptes)).toEqual({});
    expect(checkCompteBancaire(null, [])).toEqual({});
  });
  it("puts a forged or closed account beside the field", () => {
    expect(checkCompteBancaire(270000028, comptes).idCoordonneeBancaire?.[0]).toMatch(/n° 270000028 n'est pas un compte valide de votre structure/);
    expect(checkCompteBancaire(270000018, []).idCoordonneeBancaire).toHaveLength(1);
  });
});

describe("initialCompte", () => {
  it("keeps the draft's choice, else proposes the default, else nothing", () => {
    const defaut = { idCoordonneeBancaire: 270000019, raison: "premier" as const };
    expect(initialCompte(270000018, defaut)).toBe(270000018);
    expect(initialCompte(null, defaut)).toBe(270000019);
    expect(initialCompte(null, null)).toBeNull();
  });
});

describe("showCompteField", () => {
  it("hides the field when the structure has no account, or when the accounts could not be read", () => {
    expect(showCompteField([], null)).toBe(false);
    expect(showCompteField(null, null)).toBe(false);
    expect(showCompteField(null, 270000018)).toBe(false);
    expect(showCompteField([{ idCoordonneeBancaire: 1 }], null)).toBe(true);
  });
  it("keeps it when a draft still names an account the structure no longer has", () => {
    expect(showCompteField([], 270000018)).toBe(true);
  });
});
