import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/crypto", () => ({ decryptSecret: (s: string) => s.replace(/^enc:/, "") }));

import { configureGateway, resetConfigCaches } from "./config";
import { ChorusProError } from "./errors";
import { rechercherFacturesRecipiendaire, soumettreFacture, consulterHistoriqueFacture } from "./factures";
import { getGatewayMetrics } from "./metrics";
import { json, startTestServer } from "./test-server";
import { getTokenManager } from "./token";
import type { ChorusContext } from "./types";

let srv: Awaited<ReturnType<typeof startTestServer>>;
const ctx: ChorusContext = { technicalAccount: { login: "TECH_1_abc@cpro.fr", passwordEnc: "enc:pw" }, idUtilisateurCourant: 1001 };
const soumission = {
  modeDepot: "SAISIE_API", numeroFactureSaisi: "F-1", dateFacture: "2026-04-03",
  destinataire: { codeDestinataire: "00000000012887" }, fournisseur: { idFournisseur: 25783752 },
  cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
  references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
  montantTotal: { montantHtTotal: "100", montantTVA: "20", montantTtcTotal: "120", montantAPayer: "120" },
} as const;

const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);

beforeAll(async () => {
  srv = await startTestServer();
  Object.assign(process.env, { CHORUS_ENV: "sandbox", SANDBOX_URL: srv.url, PISTE_CLIENT_ID: "portail-test", PISTE_CLIENT_SECRET: "s3cret" });
  configureGateway({ retryBudgetMs: 5_000, timeoutMs: 2_000 });
});
afterAll(async () => { await srv.close(); });
beforeEach(() => { srv.reset(); getTokenManager().clear(); resetConfigCaches(); });

describe("chorusFetch", () => {
  it("sends the PISTE token and the technical account, once per token for 50 concurrent calls", async () => {
    srv.setToken({ delayMs: 50 });
    srv.setHandler((_r, res) => json(res, 200, { codeRetour: 0, libelle: "OK", idFacture: 1, statutCourantCode: "DEPOSEE" }));
    const results = await Promise.all(Array.from({ length: 50 }, () => consulterHistoriqueFacture(ctx, { idFacture: 1 })));
    expect(results.every((r) => r.statutCourant === "DEPOSEE")).toBe(true);
    expect(srv.tokenCount).toBe(1);
    const first = srv.recorded[0]!;
    expect(first.path).toBe("/cpro/factures/v1/consulter/historique");
    expect(first.headers.authorization).toBe("Bearer t1");
    expect(first.headers["cpro-account"]).toBe(Buffer.from("TECH_1_abc@cpro.fr:pw").toString("base64"));
    expect(first.headers["content-type"]).toBe("application/json;charset=utf-8");
    expect(first.headers.accept).toBe("application/json;charset=utf-8");
    expect(JSON.parse(first.body)).toEqual({ idUtilisateurCourant: 1001, idFacture: 1 });
  });

  it("drops the token and retries once on a 401, then reports the technical account", async () => {
    srv.setHandler((r, res) => r.headers.authorization === "Bearer t1" ? json(res, 401, { error: "invalid_token" }) : json(res, 200, { codeRetour: 0, idFacture: 1 }));
    await consulterHistoriqueFacture(ctx, { idFacture: 1 });
    expect(srv.tokenCount).toBe(2);
    srv.reset(); getTokenManager().clear();
    srv.setHandler((_r, res) => json(res, 401, { ErrorCode: "401", Description: "[invalid field]" }));
    const e = await caught(consulterHistoriqueFacture(ctx, { idFacture: 1 }));
    expect(e.kind).toBe("technical_account_invalid");
    expect(srv.recorded).toHaveLength(2);
  });

  it("retries reads on 503/429 honouring Retry-After, never writes", async () => {
    let n = 0;
    srv.setHandler((_r, res) => (++n <= 2 ? json(res, n === 1 ? 503 : 429, {}, { "Retry-After": "0" }) : json(res, 200, { codeRetour: 0, idFacture: 1 })));
    await consulterHistoriqueFacture(ctx, { idFacture: 1 });
    expect(srv.recorded).toHaveLength(3);
    srv.reset();
    srv.setHandler((_r, res) => json(res, 502, {}));
    const e = await caught(soumettreFacture(ctx, soumission));
    expect(e.kind).toBe("bad_gateway");
    expect(e.outcomeUnknown).toBe(true);
    expect(srv.recorded).toHaveLength(1);
  });

  it("times a write out without retrying it", async () => {
    // undici checks its timeouts on a ~0.5 s tick: the answer comes well after that.
    srv.setHandler((_r, res) => { setTimeout(() => json(res, 200, { codeRetour: 0, identifiantFactureCPP: 1 }), 2_500); });
    const e = await caught(soumettreFacture(ctx, soumission, { timeoutMs: 100 }));
    expect(e.kind).toBe("timeout");
    expect(e.outcomeUnknown).toBe(true);
    expect(srv.recorded).toHaveLength(1);
  });

  it("maps 'no result' codes to an empty page and other codes to business errors", async () => {
    srv.setHandler((_r, res) => json(res, 200, { codeRetour: 20000, libelle: "TRA_MSG_00.015 - Aucun résultat" }));
    const page = await rechercherFacturesRecipiendaire(ctx, {});
    expect(page.items).toEqual([]);
    srv.setHandler((_r, res) => json(res, 400, { codeRetour: 20013, libelle: "Le code service est obligatoire pour ce destinataire" }));
    const e = await caught(soumettreFacture(ctx, soumission));
    expect(e.kind).toBe("service_code_required");
    expect(e.codeRetour).toBe(20013);
  });

  it("rejects an invalid request before sending it", async () => {
    const e = await caught(soumettreFacture(ctx, { ...soumission, modeDepot: "EDI" as never }));
    expect(e.kind).toBe("invalid_request");
    expect(srv.recorded).toHaveLength(0);
  });

  it("reports PISTE credentials refused, and a technical login typed as client_id", async () => {
    srv.setToken({ status: 400 });
    expect((await caught(consulterHistoriqueFacture(ctx, { idFacture: 1 }))).kind).toBe("piste_credentials");
    process.env.PISTE_CLIENT_ID = "TECH_1_abc@cpro.fr";
    expect((await caught(consulterHistoriqueFacture(ctx, { idFacture: 1 }))).kind).toBe("credentials_confused");
    process.env.PISTE_CLIENT_ID = "portail-test";
    expect(getGatewayMetrics().tokenFailures).toBeGreaterThanOrEqual(2);
  });
});
