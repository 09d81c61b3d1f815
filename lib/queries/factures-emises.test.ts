import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/validations/factures-emises-search";
import { DOWNLOAD_CHUNK_SIZE, chunk, safeFileName, toFournisseurSearch } from "./factures-emises";

describe("toFournisseurSearch", () => {
  it("maps the list state to the wire names of rechercher/fournisseur", () => {
    const s = parseListParams({ numero: "F1", statut: ["REJETEE", "SUSPENDUE"], htMin: "1 000,50", etatDu: "2026-01-01", etatAu: "2026-01-31", tri: "numero", sens: "asc", page: "2", taille: "50", modeDepot: "SAISIE_API" });
    expect(toFournisseurSearch(s, { idDestinataire: 26000001, idServiceExecutant: 260000011 })).toEqual({
      listeDestinataire: [{ idDestinataire: 26000001, listeIdServiceExecutant: [260000011] }],
      numeroFacture: "F1", statutCourant: ["REJETEE", "SUSPENDUE"], montantHTMin: "1000.50", modeDepot: "SAISIE_API",
      periodeDateHeureEtatCourantDu: "2026-01-01T00:00:00", periodeDateHeureEtatCourantAu: "2026-01-31T23:59:59",
      rechercheFactureParFournisseur: { pageResultatDemandee: 2, nbResultatsParPage: 50, triColonne: "NumeroFacture", triSens: "Ascendant" },
    });
  });
  it("sends only the pagination when nothing is filtered (default: newest deposits first)", () => {
    expect(toFournisseurSearch(parseListParams({}))).toEqual({
      rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "DateDepot", triSens: "Descendant" },
    });
  });
});

describe("chunk", () => {
  it("splits a selection into calls the upstream accepts", () => {
    const ids = Array.from({ length: 123 }, (_, i) => i);
    const parts = chunk(ids);
    expect(parts.map((p) => p.length)).toEqual([DOWNLOAD_CHUNK_SIZE, DOWNLOAD_CHUNK_SIZE, 23]);
    expect(parts.flat()).toEqual(ids);
    expect(chunk([])).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
});

describe("safeFileName", () => {
  it("keeps names safe in headers and file systems", () => {
    expect(safeFileName("F 2026/01 é")).toBe("F_2026_01_e");
    expect(safeFileName("../..")).toBe("facture");
    expect(safeFileName("")).toBe("facture");
  });
});
