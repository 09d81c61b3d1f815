// Seed: deterministic for a (namespace, seed), Luhn-valid SIRETs, every status/cadre covered, 100k fast.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { luhnValid } from "../model/prng";
import { Registry } from "../model/registry";
import { startSandbox } from "../server";
import { IDS, boot, type Env, type Manifest } from "./helpers";

const config = { seed: 7, invoices: 240, asyncDelayMs: 0, tokenTtlS: 3600, rateLimit: 2000 };

describe("seed (matelas de données)", () => {
  let env: Env;
  beforeAll(async () => { env = await boot({ seed: 7 }); });
  afterAll(() => env.sb.close());

  it("is deterministic for a seed and differs for another seed", () => {
    const a = new Registry(config).createNamespace("default");
    const b = new Registry(config).createNamespace("default");
    const c = new Registry({ ...config, seed: 8 }).createNamespace("default");
    expect(JSON.stringify(a.snapshot().invoices)).toBe(JSON.stringify(b.snapshot().invoices));
    expect([...a.accounts.keys()]).toEqual([...b.accounts.keys()]);
    expect([...a.accounts.keys()]).not.toEqual([...c.accounts.keys()]);
  });

  it("serves the same manifest from two processes with the same seed", async () => {
    const other = await startSandbox({ port: 0, seed: 7, persistFile: "" });
    const m2 = (await (await fetch(`${other.url}/__sandbox/manifest`)).json()) as Manifest;
    await other.close();
    expect(m2).toEqual(env.m);
  });

  it("has the persona users, fixed structure ids, Luhn-valid SIRETs and one account per structure", () => {
    const personas = env.m.users.map((u) => u.persona).filter(Boolean).sort();
    expect(personas).toEqual(["admin", "fournisseur", "gestionnaire", "moa", "moe", "multi", "valideur"]);
    expect(env.m.structures.map((s) => s.idStructureCPP)).toEqual(expect.arrayContaining(Object.values(IDS)));
    for (const s of env.m.structures.filter((x) => /^\d{14}$/.test(x.identifiantStructure))) {
      expect(luhnValid(s.identifiantStructure), s.identifiantStructure).toBe(true);
      expect(luhnValid(s.identifiantStructure.slice(0, 9))).toBe(true);
    }
    expect(env.m.technicalAccounts).toHaveLength(env.m.structures.length);
    for (const a of env.m.technicalAccounts) expect(a.login).toMatch(/^TECH_1_[a-z0-9]{8}@cpro\.fr$/);
    const multi = env.m.users.find((u) => u.persona === "multi")!;
    expect(new Set(multi.rattachements.map((r) => r.idStructureCPP)).size).toBeGreaterThanOrEqual(3);
  });

  it("covers every cadre group and the statuses the emulator produces", () => {
    const ns = env.sb.registry.namespaces.get("default")!;
    const statuts = new Set([...ns.invoices.values()].map((i) => i.statut));
    for (const s of ["DEPOSEE", "MISE_A_DISPOSITION", "SUSPENDUE", "COMPLETEE", "REJETEE", "A_RECYCLER", "SERVICE_FAIT", "MANDATEE", "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE", "A_VALIDER_1", "REFUSEE_1", "A_VALIDER_2", "INTERPRETEE_OCR", "MISE_A_DISPOSITION_MOE", "ASSOCIEE"])
      expect(statuts.has(s as never), s).toBe(true);
    const cadres = new Set([...ns.invoices.values()].map((i) => i.cadre));
    for (const c of ["A1_FACTURE_FOURNISSEUR", "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", "A9_FACTURE_SOUSTRAITANT", "A12_FACTURE_COTRAITANT", "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A19_ETAT_ACOMPTE_VALIDE_MOA"]) expect(cadres.has(c as never), c).toBe(true);
    expect(ns.invoices.size).toBe(240);
  });

  it("namespaces are isolated: fresh accounts, same fixed ids, own data", async () => {
    const r = await fetch(`${env.sb.url}/__sandbox/namespaces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ invoices: 10 }) });
    const m = (await r.json()) as Manifest;
    expect(r.status).toBe(201);
    expect(m.namespace).not.toBe("default");
    expect(m.technicalAccounts[0]!.login).not.toBe(env.m.technicalAccounts[0]!.login);
    expect(m.structures.map((s) => s.idStructureCPP)).toEqual(env.m.structures.map((s) => s.idStructureCPP));
    expect(env.sb.registry.namespaces.get(m.namespace)!.invoices.size).toBe(10);
  });

  it("persists to SANDBOX_STATE_FILE and reloads after a restart", async () => {
    const file = path.join(os.tmpdir(), `sandbox-state-${process.pid}-${Date.now()}.json`);
    const a = await startSandbox({ port: 0, invoices: 5, persistFile: file });
    const ns = a.registry.namespaces.get("default")!;
    const first = [...ns.invoices.values()][0]!;
    ns.setStatus(first, "SUSPENDUE", { commentaire: "persisted" });
    await a.close();
    const b = await startSandbox({ port: 0, invoices: 5, persistFile: file });
    const again = b.registry.namespaces.get("default")!.invoices.get(first.id)!;
    await b.close();
    rmSync(file, { force: true });
    expect(again.statut).toBe("SUSPENDUE");
    expect(again.commentaireEtatCourant).toBe("persisted");
  });

  // Its speed is measured by `npm run bench -- sandbox`, not asserted here (shared, noisy machines).
  it("seeds 100,000 invoices", () => {
    const ns = new Registry({ ...config, invoices: 100_000 }).createNamespace("big");
    expect(ns.invoices.size).toBe(100_000);
  });
});
