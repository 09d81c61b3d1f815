import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import { contextFor, newNamespace, sandboxStats, siretOf, supplierSetup, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import {
  healthCheck, rechercherDestinataires, rechercherServicesExecutants, recupererCadresFacturation, recupererCoordonneesBancairesValides,
  recupererDevises, recupererModesReglement, recupererMotifsExonerationTva, recupererPays, recupererStructuresActivesDestinataire,
  recupererStructuresActivesFactureTravaux, recupererStructuresActivesFournisseur, recupererTauxTva, recupererTypesPieceJointe,
  walkDestinataires, walkServicesExecutants,
} from "./transverses";

// Transverses référentiels and searches (CONTRACT §4.2) against the sandbox.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const ACME = 27000001, COMMUNE = 26000001, DISSOUS = 26000005, MOA = 26000006;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const ids = (l: Array<{ idStructureCPP?: number }>) => l.map((x) => x.idStructureCPP);

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

describe("Transverses: référentiels", () => {
  it("health-check (GET, no body) says the API is available", async () => {
    const h = await healthCheck(s.ctx, undefined);
    expect(h.disponible).toBe(true);
    expect(h.message).toMatch(/disponible/);
  });

  it("VAT rates as decimals, currencies, countries, payment modes, exemption motifs, attachment types", async () => {
    const taux = await recupererTauxTva(s.ctx, { codeLangue: "FR" });
    expect(taux.find((t) => t.codeTauxTva === "TVA5.5")?.valeurTauxTva).toBe("5.5");
    expect(taux.find((t) => t.codeTauxTva === "TVA20")?.valeurTauxTva).toBe("20");
    expect((await recupererDevises(s.ctx, {})).map((d) => d.codeDevise)).toContain("EUR");
    expect((await recupererPays(s.ctx, {})).find((p) => p.codePays === "FR")?.libellePays).toBe("France");
    expect((await recupererModesReglement(s.ctx, {})).map((x) => x.modePaiement)).toContain("VIREMENT");
    expect((await recupererMotifsExonerationTva(s.ctx, {})).every((x) => x.codeMotifExonerationTva && x.libelleMotifExonerationTva)).toBe(true);
    const types = await recupererTypesPieceJointe(s.ctx, { typeObjet: "FACTURE" });
    expect(types.find((t) => t.codeTypePieceJointe === "BON_COMMANDE")).toMatchObject({ idTypePieceJointe: expect.any(Number), typeObjet: "FACTURE" });
  });

  it("billing frames by payment-request type", async () => {
    const factures = (await recupererCadresFacturation(s.ctx, { typeDemandePaiement: "FACTURE" })).map((c) => c.codeCadreFacturation);
    expect(factures).toEqual(expect.arrayContaining(["A1_FACTURE_FOURNISSEUR", "A9_FACTURE_SOUSTRAITANT"]));
    expect(factures).not.toContain("A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR");
    const travaux = (await recupererCadresFacturation(s.ctx, { typeDemandePaiement: "FACTURE_TRAVAUX" })).map((c) => c.codeCadreFacturation);
    expect(travaux).toContain("A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR");
    expect(travaux).not.toContain("A1_FACTURE_FOURNISSEUR");
  });

  it("valid bank details of the caller's own structure only", async () => {
    const mine = await recupererCoordonneesBancairesValides(s.ctx, { idStructure: ACME });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => Number.isInteger(c.idCoordonneeBancaire) && !!c.nomCoordonneeBancaire)).toBe(true);
    expect(await recupererCoordonneesBancairesValides(s.ctx, { idStructure: COMMUNE })).toEqual([]);
  });

  it("active structures: suppliers, recipients (inactive ones left out), works recipients", async () => {
    const fournisseurs = ids(await recupererStructuresActivesFournisseur(s.ctx, {}));
    expect(fournisseurs).toContain(ACME);
    expect(fournisseurs).not.toContain(COMMUNE);
    const destinataires = ids(await recupererStructuresActivesDestinataire(s.ctx, {}));
    expect(destinataires).toEqual(expect.arrayContaining([COMMUNE, MOA]));
    expect(destinataires).not.toContain(DISSOUS);
    const travaux = await recupererStructuresActivesFactureTravaux(s.ctx, {});
    expect(travaux.find((x) => x.idStructureCPP === MOA)?.identifiant).toBe(siretOf(m, MOA));
  });
});

describe("Transverses: recipient and service searches", () => {
  it("finds a recipient by SIRET; walks every active public recipient page by page", async () => {
    const one = await rechercherDestinataires(s.ctx, { identifiant: siretOf(m, COMMUNE) });
    expect(one.items).toEqual([expect.objectContaining({ idStructureCPP: COMMUNE, siret: siretOf(m, COMMUNE), nomDestinataire: "COMMUNE DE SABLE-SUR-MER" })]);
    const total = (await rechercherDestinataires(s.ctx, { typeStructure: "PUBLIQUE" })).pagination.total;
    const before = (await sandboxStats()).requests.byOperation["POST /cpro/transverses/v1/rechercher/destinataire"] ?? 0;
    const all = await collectPages(walkDestinataires(s.ctx, { typeStructure: "PUBLIQUE" }, { pageSize: 2 }));
    expect((await sandboxStats()).requests.byOperation["POST /cpro/transverses/v1/rechercher/destinataire"]! - before).toBe(Math.ceil(total / 2));
    expect(all).toHaveLength(total);
    expect(ids(all)).toEqual(expect.arrayContaining([COMMUNE, MOA]));
    expect(ids(all)).not.toContain(DISSOUS);
  });

  it("an unknown recipient is an empty page", async () => {
    const none = await rechercherDestinataires(s.ctx, { identifiant: "00000000000000" });
    expect(none.items).toEqual([]);
    expect(none.pagination.total).toBe(0);
  });

  it("a recipient's active executing services, walked; a private structure is refused in French", async () => {
    const first = await rechercherServicesExecutants(s.ctx, { idStructure: COMMUNE, parametresRecherche: { nbResultatsParPage: 1 } });
    expect(first.pagination).toMatchObject({ total: 2, pages: 2 });
    const all = await collectPages(walkServicesExecutants(s.ctx, COMMUNE, { pageSize: 1 }));
    expect(all.map((x) => x.codeServiceExecutant).sort()).toEqual(["FACTURES_PUBLIQUES", "SERV_TECH"]);
    expect(all.every((x) => typeof x.idServicesCPP === "number")).toBe(true);
    const e = await caught(rechercherServicesExecutants(contextFor(m, COMMUNE), { idStructure: ACME }));
    expect(e).toMatchObject({ kind: "business", codeRetour: 20100 });
    expect(e.userMessage).toMatch(/Structure inconnue/);
  });
});
