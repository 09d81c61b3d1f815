import { describe, expect, it } from "vitest";
import { toValideurRequest } from "@/lib/queries/factures-a-valider";
import { DecisionInput } from "./factures-a-valider-decision";
import { listHref, nextSortDir, parseListParams } from "./factures-a-valider-search";

const VISIBLES = ["A_VALIDER_1", "VALIDEE_1", "REFUSEE_1"];

describe("parseListParams (validator)", () => {
  it("defaults to the awaiting view, newest deposits first, 20 a page", () => {
    const s = parseListParams({});
    expect(s).toMatchObject({ vue: "a-traiter", sort: "dateDepot", dir: "desc", page: 1, size: 20, filters: {}, ignored: [] });
  });

  it("keeps valid filters and reports each bad one by name", () => {
    const s = parseListParams({ numero: " F-1 ", depotDu: "2026-02-30", ttcMin: "1 234,5", cadre: "A1_FACTURE_FOURNISSEUR", vue: "toutes" }, VISIBLES);
    expect(s.vue).toBe("toutes");
    expect(s.filters).toEqual({ numero: "F-1", ttcMin: "1234.5" });
    expect(s.ignored).toEqual([{ name: "depotDu", kind: "date" }, { name: "cadre", kind: "enum" }]);
  });

  it("ignores an impossible date instead of failing the page", () => {
    expect(parseListParams({ depotDu: "2026-13-45" }).ignored).toEqual([{ name: "depotDu", kind: "date" }]);
  });

  it("accepts only the statuses visible to a validator", () => {
    const s = parseListParams({ statut: ["A_VALIDER_1", "MISE_EN_PAIEMENT", "NOPE"] }, VISIBLES);
    expect(s.filters.statut).toEqual(["A_VALIDER_1"]);
    expect(s.ignored).toEqual([{ name: "statut", kind: "enum" }]);
  });

  it("falls back on a bad sort, page or size", () => {
    const s = parseListParams({ tri: "x", page: "-2", taille: "7" });
    expect(s).toMatchObject({ sort: "dateDepot", page: 1, size: 20 });
    expect(s.ignored.map((i) => i.name)).toEqual(["tri", "page"]);
  });

  it("round-trips through listHref", () => {
    const s = parseListParams({ vue: "toutes", numero: "A", statut: ["A_VALIDER_1", "VALIDEE_1"], tri: "montantTTC", sens: "asc", page: "3", taille: "50" }, VISIBLES);
    const href = listHref("/factures/a-valider", s);
    const back = parseListParams(Object.fromEntries([...new URL(href, "http://x").searchParams.keys()].map((k) => {
      const all = new URL(href, "http://x").searchParams.getAll(k);
      return [k, all.length > 1 ? all : all[0]];
    })), VISIBLES);
    expect(back).toEqual(s);
    expect(listHref("/b", parseListParams({}))).toBe("/b");
  });

  it("flips the direction on the same column and starts ascending on another", () => {
    const s = parseListParams({});
    expect(nextSortDir(s, "dateDepot")).toBe("asc");
    expect(nextSortDir(s, "numero")).toBe("asc");
  });
});

describe("toValideurRequest", () => {
  it("uses rechercher/aTraiter/valideur for the awaiting view without filters", () => {
    const r = toValideurRequest(parseListParams({}), 27000004);
    expect(r.op).toBe("aTraiter");
    expect(r.body).toMatchObject({ idStructure: 27000004, pagination: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "DateDepot", triSens: "Descendant" } });
  });

  it("restricts filtered searches of the awaiting view to the awaiting statuses", () => {
    const r = toValideurRequest(parseListParams({ numero: "N" }), 1);
    expect(r).toMatchObject({ op: "rechercher", empty: false, body: { numeroFacture: "N", statutCourant: ["A_VALIDER_1", "A_VALIDER_2"] } });
    const none = toValideurRequest(parseListParams({ statut: "VALIDEE_1" }, VISIBLES), 1);
    expect(none).toMatchObject({ op: "rechercher", empty: true });
  });

  it("sends every filter under its wire name in the 'toutes' view", () => {
    const r = toValideurRequest(parseListParams({ vue: "toutes", statut: "VALIDEE_1", cadre: "A9_FACTURE_SOUSTRAITANT", ttcMax: "10", depotAu: "2026-01-31", tri: "fournisseur" }, VISIBLES), 1);
    expect(r.body).toMatchObject({ statutCourant: ["VALIDEE_1"], cadreFacturation: "A9_FACTURE_SOUSTRAITANT", montantTTCMax: "10", periodeDateDepotAu: "2026-01-31", pagination: { triColonne: "DesignationFournisseur", triSens: "Ascendant" } });
  });
});

describe("DecisionInput", () => {
  const base = { idFacture: 1, idStructureCPP: 27000004, requestId: "6f1c1d0e-8a1b-4c2d-9e3f-0a1b2c3d4e5f" };
  it("accepts a validation without comment", () => {
    expect(DecisionInput.safeParse({ ...base, decision: "VALIDATION" }).success).toBe(true);
  });
  it("refuses a refusal without motif or comment, beside each field", () => {
    const r = DecisionInput.safeParse({ ...base, decision: "REFUS", complementInfo: "  " });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["motifRefus", "complementInfo"]);
    expect(r.error?.issues[0]?.message).toMatch(/motif/);
  });
  it("refuses an unknown decision and a forged id shape", () => {
    expect(DecisionInput.safeParse({ ...base, decision: "MISE_EN_PAIEMENT" }).success).toBe(false);
    expect(DecisionInput.safeParse({ ...base, idFacture: "1 OR 1=1", decision: "VALIDATION" }).success).toBe(false);
  });
});
