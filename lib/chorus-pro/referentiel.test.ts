import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { ChorusProError } from "./errors";
import { makeReferentiel, type ReferentielApi } from "./referentiel";
import type { ChorusContext } from "./types";

const ctx: ChorusContext = { technicalAccount: { login: "TECH", passwordEnc: "x" } };
const page = <T,>(items: T[]) => ({ items, pagination: { pageCourante: 1, pages: 1, nbResultatsParPage: 50, total: items.length } });
const absent = () => new ChorusProError({ kind: "bad_request", operation: "organisations.structure", httpStatus: 400, libelle: "NotFoundReference" });

function fake(over: Partial<ReferentielApi> = {}): ReferentielApi {
  return {
    consulterOrganisation: vi.fn(async () => ({ uuid: "u-1", libelleOrganisation: "ACME", identifiant: "12345678900011", typeOrganisation: "private", status: "active", adresse: "1 rue", codePostal: "75001", ville: "Paris", pays: "France", codeServiceDoitEtreRenseigne: true })),
    rechercherOrganisations: vi.fn(async () => [{ uuid: "u-2", identifiant: "98765432100019", libelleOrganisation: "COMMUNE", typeOrganisation: "public", status: "inactive" }]),
    listerServicesOrganisation: vi.fn(async () => [{ uuid: "s-1", codeService: "FACT", libelle: "Factures", etatService: "ACTIF" }, { uuid: "s-2", codeService: "old", libelle: "Ancien", etatService: "INACTIF" }]),
    consulterServiceOrganisation: vi.fn(async () => ({ uuid: "s-1", codeService: "FACT", description: "Le service", numeroEj: "EJ1" })),
    listerPiecesJointesOrganisation: vi.fn(async () => []),
    consulterStructure: vi.fn(async () => ({ adresse: { adresse: "OLD" }, informations: { identifiantStructure: "12345678900011", libelleStructure: "ACME OLD", dateExpirationMotPasseCompteTech: "2027-01-31" }, parametres: { connexionEDI: true, estValideurDelegue: true }, exigences: { codeService: false, numeroEngagement: false, codeServiceOuEngagement: false } })),
    rechercherServicesStructure: vi.fn(async () => page([{ idService: 11, codeService: "FACT", libelleService: "Factures", statutService: "ACTIF", estActif: true, dateDbtService: undefined }, { idService: 12, codeService: "OLD", libelleService: "Ancien", statutService: "INACTIF", estActif: false, dateDbtService: undefined }])),
    rechercherStructures: vi.fn(async () => page([{ idStructureCPP: 1, identifiantStructure: "12345678900011", typeIdentifiantStructure: "SIRET", designationStructure: "ACME OLD", statut: "INACTIVE" }])),
    ...over,
  } as unknown as ReferentielApi;
}

describe("referentiel: prefers the Référentiel des Organisations", () => {
  it("takes identity and address from organisations, circuit/EDI/expiry from structures", async () => {
    const r = makeReferentiel(fake());
    const f = await r.ficheStructure(ctx, { idStructureCPP: 1, identifiant: "12345678900011" });
    expect(f.source).toBe("organisations");
    expect(f.designation).toBe("ACME");
    expect(f.adresse.ville).toBe("Paris");
    expect(f.parametres.codeServiceDoitEtreRenseigne).toBe(true);
    expect(f.parametres.connexionEDI).toBe(true);
    expect(f.parametres.estValideurDelegue).toBe(true);
    expect(f.dateExpirationMotPasseCompteTech).toBe("2027-01-31");
    expect(f.uuid).toBe("u-1");
  });

  it("falls back to the Structures API when the Référentiel does not know the structure", async () => {
    const r = makeReferentiel(fake({ consulterOrganisation: vi.fn(async () => { throw absent(); }) as never }));
    const f = await r.ficheStructure(ctx, { idStructureCPP: 1, identifiant: "12345678900011" });
    expect(f.source).toBe("structures");
    expect(f.designation).toBe("ACME OLD");
    expect(f.adresse.adresse).toBe("OLD");
    expect(f.uuid).toBeNull();
    // The status the Référentiel would have given, from the Structures search instead.
    expect(f.actif).toBe(false);
  });

  it("does not hide other upstream failures", async () => {
    const boom = new ChorusProError({ kind: "server_error", operation: "organisations.structure", httpStatus: 500 });
    const r = makeReferentiel(fake({ consulterOrganisation: vi.fn(async () => { throw boom; }) as never }));
    await expect(r.ficheStructure(ctx, { idStructureCPP: 1, identifiant: "x" })).rejects.toBe(boom);
  });

  it("lists services from organisations, completed with idService by code (case-insensitive)", async () => {
    const r = makeReferentiel(fake());
    const list = await r.listerServices(ctx, { idStructureCPP: 1, uuid: "u-1" });
    expect(list).toEqual([
      expect.objectContaining({ uuid: "s-1", idService: 11, actif: true }),
      expect.objectContaining({ uuid: "s-2", idService: 12, actif: false }),
    ]);
  });

  it("lists services from the old API when there is no uuid", async () => {
    const api = fake();
    const list = await makeReferentiel(api).listerServices(ctx, { idStructureCPP: 1, uuid: null });
    expect(api.listerServicesOrganisation).not.toHaveBeenCalled();
    expect(list.map((s) => [s.uuid, s.idService, s.actif])).toEqual([[null, 11, true], [null, 12, false]]);
  });

  it("consults a service by uuid with its Référentiel detail", async () => {
    const s = await makeReferentiel(fake()).consulterService(ctx, { idStructureCPP: 1, uuid: "u-1" }, "s-1");
    expect(s).toMatchObject({ idService: 11, description: "Le service", numeroEj: "EJ1" });
  });

  it("searches the référentiel by SIRET (exact), SIREN (prefix) or name", async () => {
    const api = fake();
    const r = makeReferentiel(api);
    await r.rechercherStructures(ctx, { siret: "98765432100019" });
    expect(api.rechercherOrganisations).toHaveBeenLastCalledWith(ctx, { identifiant: { op: "=", val: "98765432100019" } });
    expect(await r.rechercherStructures(ctx, { siren: "111111111" })).toEqual([]);
    const hits = await r.rechercherStructures(ctx, { nom: "COMM" });
    expect(hits[0]).toMatchObject({ designation: "COMMUNE", typeStructure: "PUBLIQUE", actif: false });
  });
});

describe("referentiel: deleted services (etatService SUPPRIME)", () => {
  const services = [
    { uuid: "s-1", codeService: "FACT", libelle: "Factures", etatService: "ACTIF" },
    { uuid: "s-2", codeService: "OLD", libelle: "Ancien", etatService: "INACTIF" },
    { uuid: "s-3", codeService: "GONE", libelle: "Supprimé", etatService: "SUPPRIME" },
    { uuid: "s-4", codeService: "DATED", libelle: "Daté", etatService: "ACTIF", dateSuppression: "2026-01-01T00:00:00+00:00" },
    { uuid: "s-5", codeService: "ODD", libelle: "Inconnu", etatService: "EN_SOMMEIL" },
  ];

  it("reads SUPPRIME (or a dateSuppression) as deleted and never as active; an unknown état as inactive", async () => {
    const r = makeReferentiel(fake({ listerServicesOrganisation: vi.fn(async () => services) as never }));
    const list = await r.listerServices(ctx, { idStructureCPP: 1, uuid: "u-1" });
    expect(list.map((x) => [x.codeService, x.etat, x.actif])).toEqual([
      ["FACT", "ACTIF", true], ["OLD", "INACTIF", false], ["GONE", "SUPPRIME", false], ["DATED", "SUPPRIME", false], ["ODD", "INACTIF", false],
    ]);
  });

  it("reads the old API's statutService SUPPRIME the same way", async () => {
    const old = page([{ idService: 13, codeService: "GONE", libelleService: "Supprimé", statutService: "SUPPRIME", estActif: false }]);
    const r = makeReferentiel(fake({ rechercherServicesStructure: vi.fn(async () => old) as never }));
    expect((await r.listerServices(ctx, { idStructureCPP: 1, uuid: null }))[0]).toMatchObject({ etat: "SUPPRIME", actif: false });
  });
});

describe("referentiel: what only the Structures API answers (idStructureCPP)", () => {
  it("searches structures with their idStructureCPP, in domain names", async () => {
    const api = fake();
    const r = makeReferentiel(api);
    const res = await r.rechercherStructuresCpp(ctx, { raisonSociale: "ACME", typeStructure: "PUBLIQUE", restreindreStructuresPrivees: true }, 2, 5);
    expect(api.rechercherStructures).toHaveBeenLastCalledWith(ctx, {
      structure: { identifiantStructure: undefined, typeIdentifiantStructure: undefined, raisonSocialeStructure: "ACME", typeStructure: "PUBLIQUE" },
      restreindreStructuresPrivees: true, parametres: { pageResultatDemandee: 2, nbResultatsParPage: 5 },
    });
    expect(res.items).toEqual([{ idStructureCPP: 1, identifiant: "12345678900011", typeIdentifiant: "SIRET", designation: "ACME OLD", actif: false }]);
  });

  it("finds the structure carrying exactly an identifier, or null", async () => {
    const r = makeReferentiel(fake());
    expect((await r.structureCppParIdentifiant(ctx, "12345678900011", { typeIdentifiant: "SIRET" }))?.idStructureCPP).toBe(1);
    expect(await r.structureCppParIdentifiant(ctx, "1234567890001")).toBeNull();
  });
});

describe("referentiel: a recipient's requirements (exigences)", () => {
  it("come from the Référentiel by identifier, without calling the old API", async () => {
    const api = fake();
    expect(await makeReferentiel(api).exigences(ctx, { idStructureCPP: 1, identifiant: "12345678900011" })).toEqual({ codeService: true, numeroEngagement: false, codeServiceOuEngagement: false });
    expect(api.consulterStructure).not.toHaveBeenCalled();
  });

  it("come from the Structures API when the Référentiel does not know the structure, has no flag, or no identifier is given", async () => {
    const oldExigences = { codeService: false, numeroEngagement: true, codeServiceOuEngagement: false };
    const consulterStructure = vi.fn(async () => ({ exigences: oldExigences }));
    const unknown = makeReferentiel(fake({ consulterOrganisation: vi.fn(async () => { throw absent(); }) as never, consulterStructure: consulterStructure as never }));
    expect(await unknown.exigences(ctx, { idStructureCPP: 1, identifiant: "12345678900011" })).toEqual(oldExigences);
    const silent = makeReferentiel(fake({ consulterOrganisation: vi.fn(async () => ({ uuid: "u-1" })) as never, consulterStructure: consulterStructure as never }));
    expect(await silent.exigences(ctx, { idStructureCPP: 1, identifiant: "12345678900011" })).toEqual(oldExigences);
    const api = fake({ consulterStructure: consulterStructure as never });
    expect(await makeReferentiel(api).exigences(ctx, { idStructureCPP: 1 })).toEqual(oldExigences);
    expect(api.consulterOrganisation).not.toHaveBeenCalled();
  });

  it("an identifier the Référentiel cannot look up (ParamsInvalidUuidStructures) is not an error", async () => {
    const invalid = new ChorusProError({ kind: "bad_request", operation: "organisations.structure", httpStatus: 400, libelle: "ParamsInvalidUuidStructures — identifiant invalide" });
    const r = makeReferentiel(fake({ consulterOrganisation: vi.fn(async () => { throw invalid; }) as never }));
    expect((await r.exigences(ctx, { idStructureCPP: 1, identifiant: "HORS-UE-42" })).codeService).toBe(false);
  });
});

describe("referentiel: a structure known by its idStructureCPP only", () => {
  it("reads the old API first to learn its identifier, then the Référentiel", async () => {
    const api = fake();
    const f = await makeReferentiel(api).ficheStructure(ctx, { idStructureCPP: 1 });
    expect(api.consulterOrganisation).toHaveBeenCalledWith(ctx, "12345678900011");
    expect(f).toMatchObject({ source: "organisations", identifiant: "12345678900011", designation: "ACME", actif: true, exigences: { codeService: true } });
    expect(api.rechercherStructures).not.toHaveBeenCalled();
  });
});
