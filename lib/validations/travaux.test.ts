import { describe, expect, it } from "vitest";
import { PieceFormInput, RefuserInput } from "./travaux";
import { parseTravauxParams, travauxHref } from "./travaux-search";

const rid = "7c1e5b2a-3d40-4f1b-8a9e-2e1f0c9b8a76";
const base = { idStructureCPP: 27000001, requestId: rid, numero: "PDM-1", dateFacture: "2026-01-15", montantHT: "1 000,00", montantTVA: "200", montantTTC: "1200" };

describe("works inputs", () => {
  it("a refusal needs a motif and a comment, and never an amount error", () => {
    const r = RefuserInput.safeParse({ idStructureCPP: 1, idFactureTravaux: 2, requestId: rid, codeMotif: "", commentaire: "" });
    expect(r.success).toBe(false);
    const m = RefuserInput.safeParse({ idStructureCPP: 1, idFactureTravaux: 2, requestId: rid, codeMotif: "ERREUR_MONTANT", commentaire: "x" });
    expect(m.success ? "" : m.error.issues[0]?.message).toMatch(/pièce suivante avec le montant corrigé/);
  });
  it("an opening piece names the recipient, the contract and (for A10/A13) the validator", () => {
    const r = PieceFormInput.safeParse({ ...base, cadre: "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT" });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["siretDestinataire", "numeroMarche", "siretValideur"]));
  });
  it("a next piece does not repeat the parties; inconsistent amounts are refused beside the field", () => {
    expect(PieceFormInput.safeParse({ ...base, cadre: "A15_ETAT_ACOMPTE_MOE", idPiecePrecedente: 9000004 }).success).toBe(true);
    const r = PieceFormInput.safeParse({ ...base, cadre: "A15_ETAT_ACOMPTE_MOE", idPiecePrecedente: 9000004, montantTTC: "1300" });
    expect(r.success ? [] : r.error.issues.map((i) => i.path[0])).toEqual(["montantTTC"]);
  });
  it("list URL: bad values are dropped and reported; the page resets when a filter changes", () => {
    const s = parseTravauxParams({ role: "MOE", statut: "NOPE", min: "1 000,50", page: "3" });
    expect(s).toMatchObject({ role: "MOE", min: "1000.50", page: 3, ignored: ["statut"] });
    expect(travauxHref("/factures/travaux", s, { tri: "numero" })).toBe("/factures/travaux?role=MOE&min=1000.50&tri=numero");
  });
});
