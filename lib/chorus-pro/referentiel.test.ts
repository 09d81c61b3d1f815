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
