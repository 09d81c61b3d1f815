import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import { contextFor, newNamespace, siretOf, supplierSetup, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import {
  consulterServiceStructure, consulterStructure, listerRattachementsStructureUtilisateur, rechercherServicesStructure, rechercherStructures,
  walkServicesStructure, walkStructures,
} from "./structures";
import { recupererRattachementsMonCompte, walkRattachementsMonCompte } from "./utilisateurs";

// Structures API (SW-STRUCT, CONTRACT §4.3) and Utilisateurs (§4.4) against the sandbox.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const ACME = 27000001, BATI = 27000002, COMMUNE = 26000001, MINISTERE = 26000002, HOPITAL = 26000003;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

describe("Structures API", () => {
  it("searches structures: public ones and the caller's own private one unless asked otherwise, every page walked", async () => {
    const bySiret = await rechercherStructures(s.ctx, { structure: { identifiantStructure: siretOf(m, COMMUNE) } });
    expect(bySiret.items).toEqual([{ idStructureCPP: COMMUNE, identifiantStructure: siretOf(m, COMMUNE), typeIdentifiantStructure: "SIRET", designationStructure: "COMMUNE DE SABLE-SUR-MER", statut: "ACTIVE" }]);
    const total = (await rechercherStructures(s.ctx, {})).pagination.total;
    const restricted = await collectPages(walkStructures(s.ctx, {}, { pageSize: 3 }));
    expect(restricted).toHaveLength(total);
    expect(restricted.map((x) => x.idStructureCPP)).toEqual(expect.arrayContaining([ACME, COMMUNE, MINISTERE]));
    expect(restricted.map((x) => x.idStructureCPP)).not.toContain(BATI);
    const everyone = await collectPages(walkStructures(s.ctx, { restreindreStructuresPrivees: false }, { pageSize: 4 }));
    expect(everyone.map((x) => x.idStructureCPP)).toContain(BATI);
    expect(new Set(everyone.map((x) => x.idStructureCPP)).size).toBe(m.structures.length);
  });

  it("a search without result is an empty page", async () => {
    const none = await rechercherStructures(s.ctx, { structure: { identifiantStructure: "00000000000000" } });
    expect(none).toMatchObject({ items: [], pagination: { total: 0 } });
  });

  it("consults structures: what a supplier must fill, and the password expiry of its own account only", async () => {
    const own = await consulterStructure(s.ctx, { idStructureCPP: ACME });
    expect(own.informations).toMatchObject({ idStructureCPP: ACME, structurePriveePublique: "PRIVEE", dateExpirationMotPasseCompteTech: "2027-05-01" });
    expect(own.exigences).toEqual({ codeService: false, numeroEngagement: false, codeServiceOuEngagement: false });
    const commune = await consulterStructure(s.ctx, { idStructureCPP: COMMUNE });
    expect(commune.exigences).toEqual({ codeService: true, numeroEngagement: false, codeServiceOuEngagement: false });
    expect(commune.informations?.dateExpirationMotPasseCompteTech).toBeUndefined();
    expect(commune.adresse?.codePostal).toMatch(/^\d{5}$/);
    expect((await consulterStructure(s.ctx, { idStructureCPP: MINISTERE })).exigences.numeroEngagement).toBe(true);
    expect((await consulterStructure(s.ctx, { idStructureCPP: HOPITAL })).exigences.codeServiceOuEngagement).toBe(true);
    const unknown = await caught(consulterStructure(s.ctx, { idStructureCPP: 99_999_999 }));
    expect(unknown).toMatchObject({ kind: "business", codeRetour: 20100 });
    expect(unknown.userMessage).toMatch(/Structure inconnue/);
  });

  it("lists a structure's services (sorted, dates typed), walked page by page, and consults one", async () => {
    const sorted = await rechercherServicesStructure(s.ctx, { idStructure: COMMUNE, parametresRechercherServicesStructure: { triColonne: "CodeService", triSens: "Ascendant" } });
    expect(sorted.items.map((x) => [x.codeService, x.estActif])).toEqual([["FACTURES_PUBLIQUES", true], ["SERV_ANCIEN", false], ["SERV_TECH", true]]);
    expect(sorted.items.every((x) => x.dateDbtService instanceof Date)).toBe(true);
    const walked = await collectPages(walkServicesStructure(s.ctx, COMMUNE, { pageSize: 2 }));
    expect(walked.map((x) => x.idService).sort()).toEqual([260000011, 260000012, 260000013]);
    const one = await consulterServiceStructure(s.ctx, { idStructure: COMMUNE, idService: 260000012 });
    expect(one.informationsGenerales).toMatchObject({ codeService: "SERV_TECH", nomService: "Services techniques" });
    expect(one.parametres?.dateDebutValidite).toBeInstanceOf(Date);
    expect(one.parametres?.numeroEngagement).toBe(false);
    expect((await caught(consulterServiceStructure(s.ctx, { idStructure: COMMUNE, idService: 1 }))).kind).toBe("business");
  });

  it("lists a Chorus Pro user's rattachement to a structure", async () => {
    const r = await listerRattachementsStructureUtilisateur(s.ctx, { idStructure: ACME, idUtilisateur: s.user.idUtilisateur });
    expect(r).toMatchObject({ idStructure: ACME, identifiantStructure: siretOf(m, ACME), designationStructure: "ACME FOURNITURES SAS" });
    expect(r.items.every((x) => x.statutRattachement === "VALIDEE" && typeof x.idService === "number")).toBe(true);
    const foreign = await caught(listerRattachementsStructureUtilisateur(s.ctx, { idStructure: COMMUNE, idUtilisateur: s.user.idUtilisateur }));
    expect(foreign.kind).toBe("business");
  });
});

describe("Utilisateurs API", () => {
  it("the technical account's rattachements, walked page by page, with their services", async () => {
    const ctx = contextFor(m, COMMUNE);
    const first = await recupererRattachementsMonCompte(ctx, { parametresRecherche: { nbResultatsParPage: 1 } });
    const all = await collectPages(walkRattachementsMonCompte(ctx, { pageSize: 1 }));
    expect(all).toHaveLength(first.pagination.total);
    const commune = all.find((r) => r.idStructure === COMMUNE);
    expect(commune).toMatchObject({ identifiantStructure: siretOf(m, COMMUNE), statutRattachementStructure: "VALIDEE" });
    expect(commune?.listeServicesRattache.every((x) => typeof x.idService === "number" && typeof x.estActif === "boolean")).toBe(true);
  });
});
