import { describe, expect, it } from "vitest";
import { listHref, nextSortDir, parseListParams } from "./factures-emises-search";

describe("parseListParams", () => {
  it("gives the defaults for an empty URL", () => {
    const s = parseListParams({});
    expect(s).toMatchObject({ filters: {}, sort: "dateDepot", dir: "desc", page: 1, size: 20, ignored: [] });
    expect(s.structure).toBeUndefined();
  });

  it("reads every criterion, several statuses and French amounts", () => {
    const s = parseListParams({
      numero: " F-1 ", destinataire: "12345678901234", service: "SERV", depotDu: "2026-01-01", depotAu: "2026-02-28",
      factureDu: "2026-01-02", factureAu: "2026-01-31", etatDu: "2026-03-01", etatAu: "2026-03-02",
      statut: ["REJETEE", "SUSPENDUE", "REJETEE"], type: "AVOIR", cadre: "A9_FACTURE_SOUSTRAITANT",
      htMin: "1 234,56", htMax: "2000", ttcMin: "0,5", ttcMax: "9.999,99", numeroMarche: "M1", numeroBonCommande: "EJ1",
      modeDepot: "SAISIE_API", tri: "montantTTC", sens: "asc", page: "3", taille: "100", structure: "27000001",
    });
    expect(s.ignored).toEqual([]);
    expect(s.filters).toEqual({
      numero: "F-1", destinataire: "12345678901234", service: "SERV", depotDu: "2026-01-01", depotAu: "2026-02-28",
      factureDu: "2026-01-02", factureAu: "2026-01-31", etatDu: "2026-03-01", etatAu: "2026-03-02",
      statut: ["REJETEE", "SUSPENDUE"], type: "AVOIR", cadre: "A9_FACTURE_SOUSTRAITANT",
      htMin: "1234.56", htMax: "2000", ttcMin: "0.5", ttcMax: "9999.99", numeroMarche: "M1", numeroBonCommande: "EJ1", modeDepot: "SAISIE_API",
    });
    expect(s).toMatchObject({ sort: "montantTTC", dir: "asc", page: 3, size: 100, structure: 27000001 });
  });

  it("ignores bad values one by one and says which", () => {
    const s = parseListParams({
      numero: "x".repeat(51), destinataire: "123", depotDu: "2026-02-30", htMin: "abc", htMax: "-5", statut: ["REJETEE", "NOPE"],
      type: "TICKET", tri: "drop table", page: "-2", taille: "7", structure: "abc",
    });
    expect(s.filters).toEqual({ statut: ["REJETEE"] });
    expect(s.ignored.map((i) => i.name).sort()).toEqual(["depotDu", "destinataire", "htMax", "htMin", "numero", "page", "statut", "structure", "tri", "type"].sort());
    expect(s).toMatchObject({ sort: "dateDepot", page: 1, size: 20 });
    expect(s.structure).toBeUndefined();
  });

  it("never throws on odd shapes", () => {
    expect(() => parseListParams({ numero: ["a", "b"], page: ["2", "3"], statut: "", htMin: "" })).not.toThrow();
    expect(parseListParams({ numero: ["a", "b"], page: ["2", "3"] })).toMatchObject({ filters: { numero: "a" }, page: 2 });
  });
});

describe("listHref", () => {
  it("keeps filters and structure, drops defaults", () => {
    const s = parseListParams({ statut: ["REJETEE", "SUSPENDUE"], numero: "F 1", structure: "27000001" });
    expect(listHref("/factures/emises", s)).toBe("/factures/emises?structure=27000001&numero=F+1&statut=REJETEE&statut=SUSPENDUE");
    expect(listHref("/factures/emises", s, { page: 2, sort: "numero", dir: "asc", size: 50 })).toBe(
      "/factures/emises?structure=27000001&numero=F+1&statut=REJETEE&statut=SUSPENDUE&tri=numero&sens=asc&taille=50&page=2",
    );
    expect(listHref("/x", parseListParams({}))).toBe("/x");
  });

  it("round-trips through parseListParams", () => {
    const s = parseListParams({ htMin: "10,5", tri: "statut", sens: "desc", page: "4", taille: "50" });
    const url = new URL(listHref("/x", s), "http://h");
    const back = parseListParams(Object.fromEntries([...url.searchParams.keys()].map((k) => [k, url.searchParams.getAll(k)])));
    expect(back).toEqual(s);
  });
});

describe("nextSortDir", () => {
  it("flips the current column and starts a new one ascending", () => {
    const s = parseListParams({ tri: "numero", sens: "asc" });
    expect(nextSortDir(s, "numero")).toBe("desc");
    expect(nextSortDir(s, "montantHT")).toBe("asc");
    expect(nextSortDir(parseListParams({}), "dateDepot")).toBe("asc");
  });
});
