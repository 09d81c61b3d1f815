import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import { isChorusProError } from "./errors";
import { newNamespace, siretOf, supplierSetup, type SandboxManifest } from "./int-helpers";
import { creerServiceOrganisation } from "./organisations";
import { creerServiceReferentiel, modifierParametresEdi, rattachementsUtilisateurStructure, referentiel } from "./referentiel";

let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const me = () => ({ idStructureCPP: s.account.idStructureCPP, identifiant: s.account.identifiantStructure });
// Fixed ids of every sandbox namespace (sandbox/README.md).
const COMMUNE = 26000001, MINISTERE = 26000002, INACTIVE = 26000005;

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

describe("referentiel against the sandbox", () => {
  it("reads the structure from the Référentiel, with the expiry from the Structures API", async () => {
    const f = await referentiel.ficheStructure(s.ctx, me());
    expect(f.source).toBe("organisations");
    expect(f.uuid).toMatch(/^[0-9a-f]{32}$|^[0-9a-f-]{36}$/);
    expect(f.designation).toBeTruthy();
    expect(f.dateExpirationMotPasseCompteTech).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads a recipient known by its idStructureCPP only: identity, status and requirements", async () => {
    const commune = await referentiel.ficheStructure(s.ctx, { idStructureCPP: COMMUNE });
    expect(commune).toMatchObject({ source: "organisations", identifiant: siretOf(m, COMMUNE), typeStructure: "PUBLIQUE", actif: true, exigences: { codeService: true, numeroEngagement: false } });
    expect((await referentiel.ficheStructure(s.ctx, { idStructureCPP: INACTIVE })).actif).toBe(false);
  });

  it("tells a recipient's requirements from the Référentiel by SIRET, and from the Structures API without one", async () => {
    const bySiret = await referentiel.exigences(s.ctx, { idStructureCPP: MINISTERE, identifiant: siretOf(m, MINISTERE) });
    expect(bySiret).toEqual({ codeService: false, numeroEngagement: true, codeServiceOuEngagement: false });
    expect(await referentiel.exigences(s.ctx, { idStructureCPP: MINISTERE })).toEqual(bySiret);
  });

  it("lists services with their idService (active and inactive), and consults one", async () => {
    const f = await referentiel.ficheStructure(s.ctx, me());
    const list = await referentiel.listerServices(s.ctx, { idStructureCPP: f.idStructureCPP, uuid: f.uuid });
    expect(list.some((x) => x.codeService === "FACTURES_PUBLIQUES" && x.actif && x.etat === "ACTIF" && x.idService)).toBe(true);
    expect(list.some((x) => x.codeService === "SERV_ANCIEN" && !x.actif && x.etat === "INACTIF")).toBe(true);
    const one = list[0]!;
    const detail = await referentiel.consulterService(s.ctx, { idStructureCPP: f.idStructureCPP, uuid: f.uuid }, one.uuid!);
    expect(detail?.codeService).toBe(one.codeService);
  });

  it("lists a recipient's services from the Référentiel alone when idService is not needed", async () => {
    const f = await referentiel.ficheStructure(s.ctx, { idStructureCPP: COMMUNE });
    const list = await referentiel.listerServices(s.ctx, { idStructureCPP: COMMUNE, uuid: f.uuid }, { idService: false });
    expect(list.map((x) => [x.codeService, x.actif, x.idService])).toEqual(expect.arrayContaining([["FACTURES_PUBLIQUES", true, null], ["SERV_ANCIEN", false, null]]));
  });

  it("creates a service, refuses a duplicate code in French, changes EDI parameters", async () => {
    const f = await referentiel.ficheStructure(s.ctx, me());
    const code = `INT_${Date.now()}`;
    const created = await creerServiceReferentiel(s.ctx, { codeService: code, libelle: "Service d'intégration", rattachementOrganisation: f.uuid! });
    expect(created.uuid).toBeTruthy();
    const err = await creerServiceReferentiel(s.ctx, { codeService: code, libelle: "Doublon", rattachementOrganisation: f.uuid! }).catch((e: unknown) => e);
    expect(isChorusProError(err) ? { kind: err.kind, libelle: err.libelle, userMessage: err.userMessage } : err)
      .toMatchObject({ kind: "business", libelle: "CodeServiceAlreadyExists", userMessage: expect.stringContaining(`« ${code} » est déjà utilisé`) });
    await modifierParametresEdi(s.ctx, { uuid: f.uuid!, reception_edi: true });
    expect((await referentiel.ficheStructure(s.ctx, me())).parametres.recevoirDonneesViaEDI).toBe(true);
  });

  it("creerService's raw wrapper answers the created Service, and checks its body before sending", async () => {
    const f = await referentiel.ficheStructure(s.ctx, me());
    const code = `RAW_${Date.now()}`;
    const created = await creerServiceOrganisation(s.ctx, { codeService: code, libelle: "Service brut", description: "créé par le test", rattachementOrganisation: f.uuid! });
    expect(created).toMatchObject({ codeService: code, libelle: "Service brut", rattachementOrganisation: f.uuid });
    const refused = await creerServiceOrganisation(s.ctx, { codeService: " ", libelle: "x" }).catch((e: unknown) => e);
    expect(isChorusProError(refused) && refused.kind).toBe("invalid_request");
  });

  it("searches the référentiel by name and by SIRET", async () => {
    const recipient = s.recipient;
    const byName = await referentiel.rechercherStructures(s.ctx, { nom: recipient.designationStructure.slice(0, 8) });
    expect(byName.some((x) => x.identifiant === recipient.identifiantStructure)).toBe(true);
    const bySiret = await referentiel.rechercherStructures(s.ctx, { siret: recipient.identifiantStructure });
    expect(bySiret.map((x) => x.identifiant)).toEqual([recipient.identifiantStructure]);
  });

  it("finds structures with their idStructureCPP (Structures API), by name and by exact identifier", async () => {
    const publics = await referentiel.rechercherStructuresCpp(s.ctx, { typeStructure: "PUBLIQUE", raisonSociale: "COMMUNE", restreindreStructuresPrivees: true });
    expect(publics.items).toEqual(expect.arrayContaining([expect.objectContaining({ idStructureCPP: COMMUNE, identifiant: siretOf(m, COMMUNE), actif: true })]));
    expect((await referentiel.structureCppParIdentifiant(s.ctx, siretOf(m, INACTIVE), { typeStructure: "PUBLIQUE" }))).toMatchObject({ idStructureCPP: INACTIVE, actif: false });
    expect((await referentiel.structureCppParIdentifiant(s.ctx, s.account.identifiantStructure, { typeIdentifiant: "SIRET" }))?.idStructureCPP).toBe(s.account.idStructureCPP);
    expect(await referentiel.structureCppParIdentifiant(s.ctx, "00000000000000")).toBeNull();
  });

  it("lists a Chorus Pro user's rattachement on a structure (import of rattachements)", async () => {
    const r = await rattachementsUtilisateurStructure(s.ctx, { idStructure: s.account.idStructureCPP, idUtilisateur: s.user.idUtilisateur });
    expect(r.idStructure).toBe(s.account.idStructureCPP);
  });
});
