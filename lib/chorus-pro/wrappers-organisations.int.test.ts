import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import { contextFor, newNamespace, siretOf, supplierSetup, type SandboxManifest } from "./int-helpers";
import {
  consulterOrganisation, consulterServiceOrganisation, listerPiecesJointesOrganisation, listerServicesOrganisation, modifierParametresEdiOrganisation,
  organisationsHealthcheck, rechercherOrganisations, rechercherServicesOrganisations,
} from "./organisations";
import { consulterStructure } from "./structures";

// Référentiel des Organisations (CONTRACT §5.1: REST, no envelope, errors as [{error, message, detail}])
// called directly (referentiel.int.test.ts covers the portal's facade over it).
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const ACME = 27000001, COMMUNE = 26000001, SANS_CONTRAINTE = 26000004;
// The sandbox's uuids: md5("structure:<id>") / md5("service:<idService>") (sandbox/README.md table).
const uuid = (kind: "structure" | "service", id: number) => createHash("md5").update(`${kind}:${id}`).digest("hex");
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

describe("Référentiel des Organisations: structures", () => {
  it("health-check, then a structure by uuid and by SIRET, with its routing flags as booleans", async () => {
    expect(await organisationsHealthcheck(s.ctx)).toBe(true);
    const byUuid = await consulterOrganisation(s.ctx, uuid("structure", COMMUNE));
    expect(byUuid).toMatchObject({ uuid: uuid("structure", COMMUNE), identifiant: siretOf(m, COMMUNE), typeOrganisation: "public", status: "active", codeServiceDoitEtreRenseigne: true, numeroEjDoitEtreRenseigne: false });
    expect(uuid("structure", ACME)).toBe("af3b62c439bbe36dcac589ae382d6eb4");
    expect((await consulterOrganisation(s.ctx, siretOf(m, ACME))).typeOrganisation).toBe("private");
  });

  it("an identifier that is neither uuid, SIRET nor VAT, or an unknown one, is a 400 with the API's error name", async () => {
    const invalid = await caught(consulterOrganisation(s.ctx, "pas-un-identifiant"));
    expect(invalid).toMatchObject({ kind: "bad_request", httpStatus: 400 });
    expect(invalid.libelle).toMatch(/^ParamsInvalidUuidStructures/);
    expect(invalid.userMessage).toMatch(/données sont invalides/);
    expect((await caught(consulterOrganisation(s.ctx, "00000000000000"))).libelle).toMatch(/^NotFoundReference/);
  });

  it("searches structures with {op, val} filters", async () => {
    const rows = await rechercherOrganisations(s.ctx, { libelleOrganisation: { op: "CONTAINS", val: "COMMUNE" } });
    expect(rows.map((r) => r.identifiant)).toContain(siretOf(m, COMMUNE));
    const exact = await rechercherOrganisations(s.ctx, { identifiant: { op: "=", val: siretOf(m, ACME) } });
    expect(exact.map((r) => r.uuid)).toEqual([uuid("structure", ACME)]);
  });

  // A bad filter is the caller's mistake: a rejected ChorusProError, never a raw ZodError (a 500).
  it("an unknown filter operator is refused before sending as a ChorusProError invalid_request", async () => {
    const e = await caught(rechercherOrganisations(s.ctx, { identifiant: { op: "LIKE" as never, val: "x" } }));
    expect(e.kind).toBe("invalid_request");
    expect((await caught(rechercherServicesOrganisations(s.ctx, { codeService: { op: "~" as never, val: "x" } }))).kind).toBe("invalid_request");
  });

  it("lists a structure's attachments (Kbis); none is the API's 400 NotFoundReference", async () => {
    const pjs = await listerPiecesJointesOrganisation(s.ctx, uuid("structure", ACME));
    expect(pjs.length).toBeGreaterThan(0);
    expect(pjs[0]).toMatchObject({ uuid: expect.any(String), contentType: "application/pdf", sizeBytes: expect.any(Number) });
    const none = await caught(listerPiecesJointesOrganisation(s.ctx, uuid("structure", SANS_CONTRAINTE)));
    expect(none).toMatchObject({ kind: "bad_request", libelle: expect.stringMatching(/^NotFoundReference/) });
  });

  it("changes the EDI parameters of its own structure only (403 elsewhere, in French)", async () => {
    expect(await modifierParametresEdiOrganisation(s.ctx, uuid("structure", ACME), { connexion_edi: true })).toBe(true);
    expect((await consulterStructure(s.ctx, { idStructureCPP: ACME })).parametres?.connexionEDI).toBe(true);
    const other = await caught(modifierParametresEdiOrganisation(s.ctx, uuid("structure", COMMUNE), { reception_edi: true }));
    expect(other).toMatchObject({ kind: "forbidden", httpStatus: 403 });
    expect(other.userMessage).toMatch(/n'a pas les droits/);
    expect((await consulterStructure(contextFor(m, COMMUNE), { idStructureCPP: COMMUNE })).parametres?.recevoirDonneesViaEDI).toBe(false);
  });
});

describe("Référentiel des Organisations: services", () => {
  it("lists a structure's services, consults one, and searches services across structures", async () => {
    const list = await listerServicesOrganisation(s.ctx, uuid("structure", COMMUNE));
    expect(list.map((x) => [x.codeService, x.etatService]).sort()).toEqual([["FACTURES_PUBLIQUES", "ACTIF"], ["SERV_ANCIEN", "INACTIF"], ["SERV_TECH", "ACTIF"]]);
    expect(list.every((x) => x.rattachementOrganisation === uuid("structure", COMMUNE))).toBe(true);
    const tech = await consulterServiceOrganisation(s.ctx, uuid("service", 260000012));
    expect(tech).toMatchObject({ uuid: uuid("service", 260000012), codeService: "SERV_TECH" });
    const found = await rechercherServicesOrganisations(s.ctx, { codeService: { op: "=", val: "SERV_TECH" } });
    expect(found.map((x) => x.rattachementOrganisation)).toContain(uuid("structure", COMMUNE));
    expect(found.every((x) => x.codeService === "SERV_TECH")).toBe(true);
    expect((await caught(consulterServiceOrganisation(s.ctx, "0".repeat(32)))).libelle).toMatch(/^NotFoundReference/);
  });
});
