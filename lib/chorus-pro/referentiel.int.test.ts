import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import { isChorusProError } from "./errors";
import { newNamespace, supplierSetup, type SandboxManifest } from "./int-helpers";
import { creerServiceReferentiel, modifierParametresEdi, rattachementsUtilisateurStructure, referentiel } from "./referentiel";

let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const me = () => ({ idStructureCPP: s.account.idStructureCPP, identifiant: s.account.identifiantStructure });

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

  it("lists services with their idService (active and inactive), and consults one", async () => {
    const f = await referentiel.ficheStructure(s.ctx, me());
    const list = await referentiel.listerServices(s.ctx, { idStructureCPP: f.idStructureCPP, uuid: f.uuid });
    expect(list.some((x) => x.codeService === "FACTURES_PUBLIQUES" && x.actif && x.idService)).toBe(true);
    expect(list.some((x) => x.codeService === "SERV_ANCIEN" && !x.actif)).toBe(true);
    const one = list[0]!;
    const detail = await referentiel.consulterService(s.ctx, { idStructureCPP: f.idStructureCPP, uuid: f.uuid }, one.uuid!);
    expect(detail?.codeService).toBe(one.codeService);
  });

  it("creates a service, refuses a duplicate code, changes EDI parameters", async () => {
    const f = await referentiel.ficheStructure(s.ctx, me());
    const code = `INT_${Date.now()}`;
    const created = await creerServiceReferentiel(s.ctx, { codeService: code, libelle: "Service d'intégration", rattachementOrganisation: f.uuid! });
    expect(created.uuid).toBeTruthy();
    const err = await creerServiceReferentiel(s.ctx, { codeService: code, libelle: "Doublon", rattachementOrganisation: f.uuid! }).catch((e: unknown) => e);
    expect(isChorusProError(err) ? { kind: err.kind, libelle: err.libelle } : err).toMatchObject({ libelle: expect.stringMatching(/CodeServiceAlreadyExists/) });
    await modifierParametresEdi(s.ctx, { uuid: f.uuid!, reception_edi: true });
    expect((await referentiel.ficheStructure(s.ctx, me())).parametres.recevoirDonneesViaEDI).toBe(true);
  });

  it("searches the référentiel by name and by SIRET", async () => {
    const recipient = s.recipient;
    const byName = await referentiel.rechercherStructures(s.ctx, { nom: recipient.designationStructure.slice(0, 8) });
    expect(byName.some((x) => x.identifiant === recipient.identifiantStructure)).toBe(true);
    const bySiret = await referentiel.rechercherStructures(s.ctx, { siret: recipient.identifiantStructure });
    expect(bySiret.map((x) => x.identifiant)).toEqual([recipient.identifiantStructure]);
  });

  it("lists a Chorus Pro user's rattachement on a structure (import of rattachements)", async () => {
    const r = await rattachementsUtilisateurStructure(s.ctx, { idStructure: s.account.idStructureCPP, idUtilisateur: s.user.idUtilisateur });
    expect(r.idStructure).toBe(s.account.idStructureCPP);
  });
});
