import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway, resetConfigCaches } from "./config";
import { ChorusProError } from "./errors";
import { consulterHistoriqueFacture, deposerPdfFacture, rechercherFacturesFournisseur, soumettreFacture, walkFacturesFournisseur } from "./factures";
import { clearFaults, invoice, newNamespace, sandboxStats, setFaults, supplierSetup, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import { recupererTauxTva } from "./transverses";
import { createTokenManager, getTokenManager } from "./token";
import { getPisteClient, resolveEndpoints } from "./config";
import { recupererRattachementsMonCompte } from "./utilisateurs";

let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const SEARCH = "/cpro/factures/v1/rechercher/fournisseur";
const SOUMETTRE = "/cpro/factures/v1/soumettre";

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 3_000, retryBudgetMs: 10_000 });
});
beforeEach(async () => { await clearFaults(); });
afterEach(async () => { await clearFaults(); });

describe("gateway against the sandbox", () => {
  it("submits an invoice, finds it, reads its history", async () => {
    const numero = `GW-${Date.now()}`;
    const f = await soumettreFacture(s.ctx, invoice(numero, s.idFournisseur, s.recipient.identifiantStructure));
    expect(f.identifiantFactureCPP).toBeGreaterThan(0);
    expect(f.statutFacture).toBeDefined();
    const page = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: numero, idFournisseur: s.idFournisseur });
    expect(page.items.map((i) => i.numeroFacture)).toEqual([numero]);
    const h = await consulterHistoriqueFacture(s.ctx, { idFacture: f.identifiantFactureCPP });
    expect(h.statutCourant).toBeDefined();
  });

  it("walks every page of a search", async () => {
    const all = await collectPages(walkFacturesFournisseur(s.ctx, { idFournisseur: s.idFournisseur }, { pageSize: 7 }));
    const ids = all.map((f) => f.identifiantFactureCPP);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads référentiels and the account's rattachements", async () => {
    expect((await recupererTauxTva(s.ctx, {})).length).toBeGreaterThan(0);
    expect((await recupererRattachementsMonCompte(s.ctx, {})).items.length).toBeGreaterThan(0);
  });

  it("200 concurrent calls on a cold cache → exactly one token request", async () => {
    getTokenManager().clear();
    const before = (await sandboxStats()).tokensIssued;
    await Promise.all(Array.from({ length: 200 }, () => recupererTauxTva(s.ctx, {})));
    expect((await sandboxStats()).tokensIssued - before).toBe(1);
  });

  it("token expiry mid-run: a new token is fetched and works", async () => {
    let now = Date.now();
    const tm = createTokenManager({ tokenUrl: () => resolveEndpoints().tokenUrl, client: () => getPisteClient(), marginMs: () => 300_000, now: () => now });
    const before = (await sandboxStats()).tokensIssued;
    const t1 = await tm.getToken();
    now += 3_600_000;
    const t2 = await tm.getToken();
    expect(t2).not.toBe(t1);
    expect((await sandboxStats()).tokensIssued - before).toBe(2);
  });

  it("token revocation mid-run: dropped, fetched again once, call succeeds", async () => {
    await recupererTauxTva(s.ctx, {});
    const before = (await sandboxStats()).tokensIssued;
    await setFaults([{ revokeToken: true, count: 1 }]);
    await recupererTauxTva(s.ctx, {});
    expect((await sandboxStats()).tokensIssued - before).toBe(1);
  });

  it.each([[429, "rate_limited"], [500, "server_error"], [502, "bad_gateway"], [503, "unavailable"], [504, "gateway_timeout"]] as const)(
    "HTTP %i on a write → %s, sent once", async (status, kind) => {
      await setFaults([{ path: SOUMETTRE, status, count: 1 }]);
      const before = (await sandboxStats()).requests.byOperation;
      const e = await caught(soumettreFacture(s.ctx, invoice(`E${status}-${Date.now()}`, s.idFournisseur, s.recipient.identifiantStructure)));
      expect(e.kind).toBe(kind);
      const after = (await sandboxStats()).requests.byOperation;
      const sent = (k: Record<string, number>) => Object.entries(k).filter(([op]) => op.includes("/soumettre")).reduce((a, [, n]) => a + n, 0);
      expect(sent(after) - sent(before)).toBe(1);
    });

  it.each([429, 502, 504] as const)("HTTP %i on a read is retried", async (status) => {
    await setFaults([{ path: SEARCH, status, count: 2 }]);
    const page = await rechercherFacturesFournisseur(s.ctx, { idFournisseur: s.idFournisseur });
    expect(page.pagination.total).toBeGreaterThanOrEqual(0);
  });

  it("a timeout on a write is reported, not retried", async () => {
    await setFaults([{ path: SOUMETTRE, timeout: true, count: 1 }]);
    const e = await caught(soumettreFacture(s.ctx, invoice(`TO-${Date.now()}`, s.idFournisseur, s.recipient.identifiantStructure), { timeoutMs: 500 }));
    expect(e.kind).toBe("timeout");
    expect(e.outcomeUnknown).toBe(true);
  });

  it("business errors: service code required, no result mapped to empty", async () => {
    const strict = m.structures.find((x) => x.typeStructure === "PUBLIQUE" && !/SANS CONTRAINTE/i.test(x.designationStructure));
    if (strict) {
      const e = await caught(soumettreFacture(s.ctx, invoice(`SC-${Date.now()}`, s.idFournisseur, strict.identifiantStructure)));
      expect(e.kind).toMatch(/service_code_required|engagement_required/);
      expect(e.userMessage).toMatch(/code service|engagement/);
    }
    const page = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: "DOES-NOT-EXIST", idFournisseur: s.idFournisseur });
    expect(page.items).toEqual([]);
  });

  it("401: a wrong technical-account password", async () => {
    const bad = { technicalAccount: { ...s.ctx.technicalAccount, passwordEnc: (await import("@/lib/crypto")).encryptSecret("wrong") } };
    const e = await caught(recupererTauxTva(bad, {}));
    expect(["technical_account_invalid", "technical_account_expired"]).toContain(e.kind);
  });

  it("413: a PDF over 10 MB", async () => {
    const e = await caught(deposerPdfFacture(s.ctx, { fichierFacture: Buffer.alloc(11 * 1024 * 1024, 1).toString("base64"), nomFichier: "big.pdf", formatDepot: "PDF_NON_SIGNE" }, { timeoutMs: 20_000 }));
    expect(e.kind).toBe("payload_too_large");
  });

  it("resets caches cleanly", () => { resetConfigCaches(); });
});
