import { describe, expect, it } from "vitest";
import { creerServiceSchema, parametresEdiSchema, parseStructureSearch, servicesListSchema } from "./structures";

describe("structures validations", () => {
  it("checks SIREN and SIRET with their Luhn key, in French", () => {
    expect(parseStructureSearch({ par: "siren", q: "732 829 320" }).search).toEqual({ par: "siren", q: "732829320" });
    expect(parseStructureSearch({ par: "siret", q: "73282932000074" }).search?.q).toBe("73282932000074");
    expect(parseStructureSearch({ par: "siret", q: "73282932000075" }).error).toMatch(/SIRET doit comporter 14 chiffres valides/);
    expect(parseStructureSearch({ par: "siren", q: "123" }).error).toMatch(/SIREN/);
    expect(parseStructureSearch({ par: "nom", q: "a" }).error).toMatch(/au moins 2 caractères/);
    expect(parseStructureSearch({}).search).toBeNull();
  });

  it("explains a forged criterion in French beside the criterion", () => {
    const p = parseStructureSearch({ par: "iban", q: "COMMUNE" });
    expect(p).toMatchObject({ search: null, field: "par", par: "nom", error: "Critère de recherche inconnu : choisissez Nom, SIREN ou SIRET." });
    expect(parseStructureSearch({ par: "siret", q: "123" }).field).toBe("q");
  });

  it("parses list params leniently", () => {
    expect(servicesListSchema.parse({ statut: "bizarre", page: "-3" })).toEqual({ statut: "tous", q: "", page: 1 });
    expect(servicesListSchema.parse({ statut: "inactifs", q: " X ", page: "2" })).toEqual({ statut: "inactifs", q: "X", page: 2 });
  });

  it("validates a new service: code characters, label, optional fields", () => {
    expect(creerServiceSchema.safeParse({ idStructureCPP: 1, codeService: "SERV_1", libelle: "Compta", description: "" }).data).toEqual({ idStructureCPP: 1, codeService: "SERV_1", libelle: "Compta", description: undefined, numeroEj: undefined });
    const bad = creerServiceSchema.safeParse({ idStructureCPP: 1, codeService: "code é", libelle: "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).join(" ")).toMatch(/lettres sans accent.*au moins 2/);
  });

  it("accepts an EDI change with either switch", () => {
    expect(parametresEdiSchema.parse({ idStructureCPP: "27000001", connexion_edi: false })).toEqual({ idStructureCPP: 27000001, connexion_edi: false });
    expect(parametresEdiSchema.safeParse({ idStructureCPP: 1, connexion_edi: "oui" }).error?.issues[0]?.message).toMatch(/^Valeur invalide pour « Émettre des factures par flux EDI »/);
  });

  it("answers a forged service creation in French", () => {
    const r = creerServiceSchema.safeParse({ idStructureCPP: "x", codeService: 3, libelle: null, description: 4 });
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages.length).toBe(4);
    expect(messages.filter((m) => /Invalid|expected/.test(m))).toEqual([]);
  });
});
