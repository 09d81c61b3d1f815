import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import {
  consulterSiren, consulterSiret, rechercherCodesRoutage, rechercherSiren, rechercherSiret, walkCodesRoutage, walkSiren, walkSiret,
} from "./annuaire";
import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import { clearFaults, newNamespace, sandboxManifest, sandboxStats, setFaults, supplierSetup, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";

// PPF annuaire public (CONTRACT §5.3, path prefix INFERRED) against the sandbox, which serves the
// default namespace's SIRET structures: 200 / 206 (fewer than asked) / 204 (none), 404 on a lookup.
let dflt: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const B = "/ppf/annuaire-public/v1";
const ACME = 27000001, COMMUNE = 26000001, INACTIVE = 26000005;
const siretOf = (id: number) => dflt.structures.find((x) => x.idStructureCPP === id)!.identifiantStructure;
const sirets = () => dflt.structures.filter((x) => x.typeIdentifiantStructure === "SIRET");
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const annuaireCalls = async () => Object.entries((await sandboxStats()).requests.byOperation).filter(([op]) => op.includes(B)).reduce((a, [, n]) => a + n, 0);

beforeAll(async () => {
  dflt = await sandboxManifest();
  s = supplierSetup(await newNamespace());
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});
afterEach(async () => { await clearFaults(); });

describe("PPF annuaire: lookups", () => {
  it("consults a SIREN: unité légale with its history (idInstance hoisted, dates typed)", async () => {
    const u = await consulterSiren(s.ctx, siretOf(ACME).slice(0, 9));
    expect(u).toMatchObject({ siren: siretOf(ACME).slice(0, 9), raisonSociale: "ACME FOURNITURES SAS", typeEntite: "Privée assujettie", etatAdministratif: "A", idInstance: ACME });
    expect(u?.historisation?.dateDebutEffet).toBe("2024-01-01");
    expect(u?.historisation?.dateDefinition).toBeInstanceOf(Date);
  });

  it("consults a public SIRET with its unité légale and the B2G routing requirements", async () => {
    const siret = siretOf(COMMUNE);
    const e = await consulterSiret(s.ctx, `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`, { inclureSiren: true });
    expect(e).toMatchObject({ siret, siren: siret.slice(0, 9), denomination: "COMMUNE DE SABLE-SUR-MER", etatAdministratif: "A", typeEtablissement: "P" });
    expect(e?.donneesB2gComplementaires).toMatchObject({ gestionCodeService: true, gestionEngagementJuridique: false });
    expect(e?.uniteLegale).toMatchObject({ siren: siret.slice(0, 9), typeEntite: "Publique" });
    expect(e?.adresse?.codePostal).toMatch(/^\d{5}$/);
    expect(typeof e?.idInstance).toBe("number");
    const plain = await consulterSiret(s.ctx, siret);
    expect(plain?.uniteLegale).toBeUndefined();
  });

  it("an inactive establishment is closed (F); a private one has no B2G block", async () => {
    expect((await consulterSiret(s.ctx, siretOf(INACTIVE)))?.etatAdministratif).toBe("F");
    expect((await consulterSiret(s.ctx, siretOf(ACME)))?.donneesB2gComplementaires).toBeUndefined();
  });

  it("an unknown SIREN or SIRET (404) is null, not an error", async () => {
    expect(await consulterSiren(s.ctx, "000000000")).toBeNull();
    expect(await consulterSiret(s.ctx, "00000000000000")).toBeNull();
  });

  it("a malformed number is refused before sending, with a French message", async () => {
    const before = await annuaireCalls();
    const e = await caught(consulterSiren(s.ctx, "12345"));
    expect(e.kind).toBe("invalid_request");
    expect(e.userMessage).toMatch(/SIREN doit comporter 9 chiffres/);
    expect((await caught(consulterSiret(s.ctx, "1234567890123X"))).userMessage).toMatch(/SIRET doit comporter 14 chiffres/);
    expect((await caught(rechercherSiren(s.ctx, { filtres: { siren: { op: "egal" as never, valeur: "1" } } }))).kind).toBe("invalid_request");
    // SW-PPF: raisonSociale only takes "contient", siret only "strict"; unknown fields are not sent either.
    expect((await caught(rechercherSiren(s.ctx, { filtres: { raisonSociale: { op: "strict", valeur: "ACME" } } }))).libelle).toMatch(/filtres\.raisonSociale\.op/);
    expect((await caught(rechercherSiret(s.ctx, { filtres: { siret: { op: "contient", valeur: "123" } } }))).kind).toBe("invalid_request");
    expect((await caught(rechercherCodesRoutage(s.ctx, { filtres: { couleur: { op: "strict", valeur: "bleu" } } }))).kind).toBe("invalid_request");
    expect(await annuaireCalls()).toBe(before);
  });
});

describe("PPF annuaire: searches", () => {
  it("searches unités légales by name (contient) and by SIREN (strict)", async () => {
    const byName = await rechercherSiren(s.ctx, { filtres: { raisonSociale: { op: "contient", valeur: "acme" } } });
    expect(byName.resultats.map((u) => u.raisonSociale)).toEqual(["ACME FOURNITURES SAS"]);
    expect(byName.total).toBe(1);
    const bySiren = await rechercherSiren(s.ctx, { filtres: { siren: { op: "strict", valeur: siretOf(COMMUNE).slice(0, 9) } } });
    expect(bySiren.resultats.map((u) => u.typeEntite)).toEqual(["Publique"]);
  });

  it("a search with no result (204, no body) is an empty result; its walk yields nothing", async () => {
    expect(await rechercherSiret(s.ctx, { filtres: { denomination: { op: "contient", valeur: "AUCUNE-STRUCTURE-DE-CE-NOM" } } })).toEqual({ total: 0, resultats: [] });
    expect(await collectPages(walkSiren(s.ctx, { filtres: { raisonSociale: { op: "contient", valeur: "personne" } } }))).toEqual([]);
  });

  it("a reduced answer (206) announces the total; the walk reads every establishment", async () => {
    const first = await rechercherSiret(s.ctx, { limite: 3, tris: [{ champ: "siret", ordre: "ascendant" }] });
    expect(first.resultats).toHaveLength(3);
    expect(first.total).toBe(sirets().length);
    const before = await annuaireCalls();
    const all = await collectPages(walkSiret(s.ctx, { tris: [{ champ: "siret", ordre: "ascendant" }] }, { pageSize: 3 }));
    expect(await annuaireCalls() - before).toBe(Math.ceil(sirets().length / 3));
    expect(all.map((e) => e.siret)).toEqual(sirets().map((x) => x.identifiantStructure).sort());
  });

  it("a projection without the identifier still carries it (the wrapper adds it)", async () => {
    const r = await rechercherSiret(s.ctx, { filtres: { siret: { op: "strict", valeur: siretOf(ACME) } }, champs: ["etatAdministratif"] });
    expect(r.resultats).toHaveLength(1);
    expect(r.resultats[0]).toMatchObject({ siret: siretOf(ACME), etatAdministratif: "A" });
    expect(r.resultats[0]?.denomination).toBeUndefined();
  });

  it("codes routage of a public SIRET: one per service, inactive ones closed", async () => {
    const all = await collectPages(walkCodesRoutage(s.ctx, { filtres: { siret: { op: "strict", valeur: siretOf(COMMUNE) } } }, { pageSize: 2 }));
    expect(all.map((c) => c.identifiantRoutage).sort()).toEqual(["FACTURES_PUBLIQUES", "SERV_ANCIEN", "SERV_TECH"]);
    expect(all.every((c) => c.typeIdentifiantRoutage === "0224" && c.siret === siretOf(COMMUNE))).toBe(true);
    expect(all.find((c) => c.identifiantRoutage === "SERV_ANCIEN")?.etatAdministratif).toBe("F");
    const one = await rechercherCodesRoutage(s.ctx, { filtres: { identifiantRoutage: { op: "contient", valeur: "SERV_TECH" }, siret: { op: "strict", valeur: siretOf(COMMUNE) } }, inclure: ["siren", "siret"] });
    expect(one.resultats[0]).toMatchObject({ identifiantRoutage: "SERV_TECH", uniteLegale: { typeEntite: "Publique" }, etablissement: { siret: siretOf(COMMUNE) } });
  });
});

describe("PPF annuaire: upstream failures", () => {
  it("a 429 then a 503 on a lookup are retried (reads)", async () => {
    const path = `${B}/siren/code-insee:${siretOf(ACME).slice(0, 9)}`;
    await setFaults([{ path, status: 429, count: 1 }, { path, status: 503, count: 1 }]);
    expect((await consulterSiren(s.ctx, siretOf(ACME).slice(0, 9)))?.siren).toBe(siretOf(ACME).slice(0, 9));
  });

  it("a persistent 500 becomes a server_error with a French message", async () => {
    await setFaults([{ path: `${B}/siret/recherche`, status: 500 }]);
    const e = await caught(rechercherSiret(s.ctx, {}));
    expect(e.kind).toBe("server_error");
    expect(e.userMessage).toMatch(/erreur interne/);
  });
});
