import { describe, expect, it } from "vitest";
import { nextCadres, openingCadres, sequenceError } from "./cadres";
import { amountErrors, rectifiedFrom } from "./checks";
import { actingRole, allowedActions, nextStep, refusalReason, type PieceState } from "./rules";

const SUPPLIER = 27000001, MOE = 27000003, MOA = 26000006;
const piece = (statut: PieceState["statut"], cadre = "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", extra: Partial<PieceState> = {}): PieceState =>
  ({ statut, cadre, idFournisseur: SUPPLIER, idMoe: MOE, idMoa: MOA, ...extra });
const supplier = { idStructureCPP: SUPPLIER, roles: ["fournisseur"] };
const moe = { idStructureCPP: MOE, roles: ["moe"] };
const moa = { idStructureCPP: MOA, roles: ["moa", "gestionnaire"] };

describe("rules table: who may do what at which step", () => {
  it("a monthly project at the MOE: the MOE takes it into account, refuses, asks, or issues the état d'acompte", () => {
    expect(allowedActions(piece("MISE_A_DISPOSITION_MOE"), moe)).toEqual(["prendreEnCompte", "deposerSuivante", "refuser", "demanderCompletion", "demanderRecyclage"]);
    expect(allowedActions(piece("MISE_A_DISPOSITION_MOE"), supplier)).toEqual([]);
    expect(allowedActions(piece("MISE_A_DISPOSITION_MOE"), moa)).toEqual([]);
  });
  it("the MOE's état d'acompte at the MOA: only the MOA acts", () => {
    const p = piece("MISE_A_DISPOSITION_MOA", "A15_ETAT_ACOMPTE_MOE", { idFournisseur: MOE });
    expect(allowedActions(p, moa)).toContain("deposerSuivante");
    expect(allowedActions(p, moe)).toEqual([]);
    expect(actingRole(p)).toBe("moa");
    expect(nextCadres(p.cadre, "moa")).toEqual(["A19_ETAT_ACOMPTE_VALIDE_MOA"]);
  });
  it("a piece to complete goes back to its depositor, with completer or completermoe", () => {
    expect(allowedActions(piece("A_COMPLETER"), supplier)).toEqual(["completer"]);
    expect(allowedActions(piece("A_COMPLETER", "A15_ETAT_ACOMPTE_MOE", { idFournisseur: MOE }), moe)).toEqual(["completerMoe"]);
  });
  it("routing errors and validator errors are fixed by the depositor", () => {
    expect(allowedActions(piece("ERREUR_FOURNISSEUR_SUR_MOE"), supplier)).toEqual(["recycler", "completerServiceMoe"]);
    expect(allowedActions(piece("EN_ATTENTE_RECYCLAGE_FOURNISSEUR"), supplier)).toEqual(["recycler"]);
    expect(allowedActions(piece("ERREUR_FOURNISSEUR_SUR_VALIDEUR", "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT"), supplier)).toEqual(["corrigerValideur"]);
    expect(allowedActions(piece("ERREUR_MOE_SUR_MOA", "A15_ETAT_ACOMPTE_MOE", { idFournisseur: MOE }), moe)).toEqual(["recycler"]);
  });
  it("a DG waits for the supplier's signature (A8) or refusal", () => {
    const p = piece("A_ASSOCIER_FOURNISSEUR", "A20_DECOMPTE_GENERAL_MOA", { idFournisseur: MOA });
    expect(allowedActions({ ...p, idFournisseur: SUPPLIER }, supplier)).toEqual(["deposerSuivante", "refuser"]);
  });
  it("final or stopped pieces offer nothing, with a French reason", () => {
    expect(allowedActions(piece("REFUSEE_MOE"), moe)).toEqual([]);
    expect(refusalReason("refuser", piece("ASSOCIEE"), moe)).toMatch(/Aucune action/);
    expect(refusalReason("prendreEnCompte", piece("MISE_A_DISPOSITION_MOE"), supplier)).toMatch(/maîtrise d'œuvre/);
    expect(refusalReason("recycler", piece("MISE_A_DISPOSITION_MOE"), moe)).toMatch(/pas possible à cette étape/);
  });
  it("a piece that already has a next one cannot be followed again", () => {
    expect(allowedActions(piece("PRISE_EN_COMPTE_MOE", undefined, { idPieceSuivante: 42 }), moe)).not.toContain("deposerSuivante");
  });
  it("list rows: each role sees its own next action", () => {
    expect(nextStep({ statut: "MISE_A_DISPOSITION_MOE", cadre: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" }, "MOE")).toMatchObject({ mine: true, step: "prendreEnCompte" });
    expect(nextStep({ statut: "MISE_A_DISPOSITION_MOE", cadre: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" }, "FOURNISSEUR")).toMatchObject({ mine: false, who: "MOE" });
    expect(nextStep({ statut: "ERREUR_MOE_SUR_MOA", cadre: "A15_ETAT_ACOMPTE_MOE" }, "MOE")).toMatchObject({ mine: true, step: "recycler" });
  });
});

describe("cadres per party and order of pieces", () => {
  it("only suppliers open files, with projects (A4, A7, A10, A11, A13, A14) or A5/A6", () => {
    expect(openingCadres("fournisseur")).toEqual(expect.arrayContaining(["A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", "A14_PROJET_DECOMPTE_FINAL_COTRAITANT"]));
    expect(openingCadres("fournisseur")).not.toContain("A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR");
    expect(openingCadres("moe")).toEqual([]);
    expect(openingCadres("moa")).toEqual([]);
  });
  it("out-of-order pieces are refused with the expected predecessor", () => {
    expect(sequenceError("A20_DECOMPTE_GENERAL_MOA", { cadre: "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR" })).toMatch(/doit suivre A17/);
    expect(sequenceError("A15_ETAT_ACOMPTE_MOE", undefined)).toMatch(/pièce précédente/);
    expect(sequenceError("A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", { cadre: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" })).toMatch(/ouvre un nouveau dossier/);
    expect(sequenceError("A15_ETAT_ACOMPTE_MOE", { cadre: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", idPieceSuivante: 7 })).toMatch(/déjà une pièce suivante/);
    expect(sequenceError("A15_ETAT_ACOMPTE_MOE", { cadre: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" })).toBeNull();
  });
});

describe("amount checks (decimal)", () => {
  it("HT + TVA must equal TTC, to the cent", () => {
    expect(amountErrors({ montantHT: "0.1", montantTVA: "0.2", montantTTC: "0.3" }, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).toEqual({});
    expect(amountErrors({ montantHT: "100", montantTVA: "20", montantTTC: "121" }, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR").montantTTC).toMatch(/120,00/);
  });
  it("the signed DG (A8) takes the DG's amounts; other pieces may rectify them", () => {
    const prev = { montantHT: "1000", montantTTC: "1200" };
    expect(amountErrors({ montantHT: "900", montantTVA: "180", montantTTC: "1080" }, "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", prev).montantHT).toMatch(/reprend les montants/);
    expect(amountErrors({ montantHT: "900", montantTVA: "180", montantTTC: "1080" }, "A15_ETAT_ACOMPTE_MOE", prev)).toEqual({});
    expect(rectifiedFrom({ montantHT: "900", montantTVA: "180", montantTTC: "1080" }, prev)).toMatch(/rectifie/);
  });
});
