import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import { rechercherEngagementsJuridiques, walkEngagementsJuridiques } from "./engagements";
import type { ChorusProError } from "./errors";
import { contextFor, newNamespace, sandboxStats, siretOf, supplierSetup, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";

// Engagements juridiques (CONTRACT §5.2) against the sandbox: the seeded ministère 26000002 has
// EJ26000002001…005 (…005 closed); a supplier checks a recipient's EJ before submitting.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const MINISTERE = 26000002;
const EJ = (n: number) => `EJ${MINISTERE}00${n}`;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const sent = async () => (await sandboxStats()).requests.byOperation;
const count = (ops: Record<string, number>) => Object.entries(ops).filter(([op]) => op.includes("engagementsJuridiques")).reduce((a, [, n]) => a + n, 0);

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

describe("engagements juridiques against the sandbox", () => {
  it("walks every page of a structure's EJ (page size 2 → 3 pages), with typed items", async () => {
    const before = count(await sent());
    const all = await collectPages(walkEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: String(MINISTERE) }, { pageSize: 2 }));
    expect(count(await sent()) - before).toBe(3);
    expect(all.map((e) => e.numeroEngagementJuridique).sort()).toEqual([1, 2, 3, 4, 5].map(EJ));
    expect(all.filter((e) => e.etatCourantEngagementJuridique === "CLOTURE").map((e) => e.numeroEngagementJuridique)).toEqual([EJ(5)]);
    for (const e of all) {
      expect(typeof e.idEngagementJuridique).toBe("number");
      expect(e.structureReceptriceEngagementJuridique).toBe(MINISTERE);
      expect(e.identifiantStructureReceptrice).toBe(siretOf(m, MINISTERE));
      expect(e.designationStructureReceptrice).toMatch(/MINISTERE/);
    }
  });

  it("one page announces the counters (no silent first page of 10)", async () => {
    const page = await rechercherEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: MINISTERE, parametresRecherche: { pageResultatDemandee: 2, nbResultatsParPage: 2 } });
    expect(page.pagination).toEqual({ pageCourante: 2, pages: 3, nbResultatsParPage: 2, total: 5 });
    expect(page.items).toHaveLength(2);
  });

  it("checks one EJ number in the state COMMANDE, as OCA does", async () => {
    const open = await rechercherEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: String(MINISTERE), numeroEngagementJuridique: EJ(2), etatCourantEngagementJuridique: "COMMANDE" });
    expect(open.items.map((e) => [e.numeroEngagementJuridique, e.etatCourantEngagementJuridique])).toEqual([[EJ(2), "COMMANDE"]]);
    const closed = await rechercherEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: String(MINISTERE), numeroEngagementJuridique: EJ(5), etatCourantEngagementJuridique: "COMMANDE" });
    expect(closed.items).toEqual([]);
  });

  it("an unknown EJ, or a structure without EJ, is an empty list (codeRetour 20000), not an error", async () => {
    const unknown = await rechercherEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: String(MINISTERE), numeroEngagementJuridique: "EJ-INCONNU-42" });
    expect(unknown).toEqual({ items: [], pagination: { pageCourante: 1, pages: 0, nbResultatsParPage: 0, total: 0 } });
    expect(await collectPages(walkEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: String(s.idFournisseur) }))).toEqual([]);
  });

  it("the same EJ are seen from another structure's technical account (recipient-side search)", async () => {
    const page = await rechercherEngagementsJuridiques(contextFor(m, MINISTERE), { structureReceptriceEngagementJuridique: String(MINISTERE), numeroEngagementJuridique: EJ(1) });
    expect(page.items.map((e) => e.numeroEngagementJuridique)).toEqual([EJ(1)]);
  });

  it("a request without the receiving structure is refused before sending, in French", async () => {
    const before = count(await sent());
    const e = await caught(rechercherEngagementsJuridiques(s.ctx, { structureReceptriceEngagementJuridique: " " }));
    expect(e.kind).toBe("invalid_request");
    expect(e.userMessage).toMatch(/Vérifiez les champs/);
    expect(count(await sent()) - before).toBe(0);
  });
});
