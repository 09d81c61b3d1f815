import { describe, expect, it } from "vitest";
import { toRecipiendaireSearch, localCriteria, matchesLocal } from "@/lib/queries/factures-recues";
import { listHref, nextSortDir, parseListParams } from "./factures-recues-search";

describe("parseListParams (factures reçues)", () => {
  it("reads several statuses, the view and amounts", () => {
    const s = parseListParams({ statut: ["MISE_A_DISPOSITION", "COMPLETEE", "MISE_A_DISPOSITION"], vue: "nouveautes", ttcMin: "1 234,5", telechargee: "non" });
    expect(s.filters.statut).toEqual(["MISE_A_DISPOSITION", "COMPLETEE"]);
    expect(s.view).toBe("nouveautes");
    expect(s.filters.ttcMin).toBe("1234.5");
    expect(s.filters.telechargee).toBe("non");
    expect(s.ignored).toEqual([]);
  });

  it("drops a bad value and reports it, keeping the rest", () => {
    const s = parseListParams({ fournisseur: "123", statut: ["NOPE", "REJETEE"], vue: "x", page: "abc", type: "ACOMPTE", numero: "F1" });
    expect(s.filters).toEqual({ statut: ["REJETEE"], numero: "F1" });
    expect(s.view).toBe("toutes");
    expect(s.page).toBe(1);
    expect(s.ignored.map((i) => i.name).sort()).toEqual(["fournisseur", "page", "statut", "type", "vue"]);
  });

  it("round-trips through listHref", () => {
    const s = parseListParams({ statut: ["SUSPENDUE", "MANDATEE"], vue: "atraiter", tri: "montantTTC", sens: "asc", page: "3", structure: "26000001" });
    const href = listHref("/factures/recues", s);
    const again = parseListParams(Object.fromEntries([...new URLSearchParams(href.split("?")[1]).entries()].reduce((m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]), new Map<string, string[]>())));
    expect(again).toEqual(s);
    expect(listHref("/factures/recues", s, { page: 1, view: "toutes" })).not.toContain("page=");
    expect(nextSortDir(s, "montantTTC")).toBe("desc");
    expect(nextSortDir(s, "numero")).toBe("asc");
  });
});

describe("toRecipiendaireSearch", () => {
  it("maps filters to wire names, with the last visit for « nouveautés »", () => {
    const s = parseListParams({ vue: "nouveautes", statut: ["MISE_A_DISPOSITION"], type: "AVOIR", apayerMax: "10", telechargee: "oui", etatAu: "2026-11-30" });
    const body = toRecipiendaireSearch(s, { idDestinataire: 26000001, idFournisseur: 27000001, since: new Date("2026-11-20T09:30:00Z") });
    expect(body).toMatchObject({
      idDestinataire: 26000001, listeFournisseurs: [{ idFournisseur: 27000001 }], statutCourant: ["MISE_A_DISPOSITION"],
      listeTypeFacture: ["AVOIR"], montantApayerMax: "10", factureTelechargeeParDestinataire: true,
      periodeDateHeureEtatCourantDu: "2026-11-20T10:30:00", periodeDateHeureEtatCourantAu: "2026-11-30T23:59:59",
      paramRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "DateDepot", triSens: "Descendant" },
    });
    const c = localCriteria(body);
    expect(matchesLocal({ dateHeureEtatCourant: new Date("2026-11-20T09:00:00Z"), factureTelechargeeParDestinataire: true }, c)).toBe(false);
    expect(matchesLocal({ dateHeureEtatCourant: new Date("2026-11-21T09:00:00Z"), factureTelechargeeParDestinataire: true }, c)).toBe(true);
    expect(matchesLocal({ dateHeureEtatCourant: new Date("2026-11-21T09:00:00Z"), factureTelechargeeParDestinataire: false }, c)).toBe(false);
  });
});
