import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { resolveEndpoints } from "./config";

const secrets = { PISTE_CLIENT_ID: "a", PISTE_CLIENT_SECRET: "b", AUTH_SECRET: "x".repeat(32), ENCRYPTION_KEY: Buffer.alloc(32).toString("base64") };

describe("resolveEndpoints", () => {
  it("sandbox uses SANDBOX_URL for both", () => {
    expect(resolveEndpoints({ SANDBOX_URL: "http://127.0.0.1:4999/" })).toMatchObject({ tokenUrl: "http://127.0.0.1:4999/api/oauth/token", apiBaseUrl: "http://127.0.0.1:4999" });
  });
  it("qualification and production use the PISTE hosts", () => {
    expect(resolveEndpoints({ CHORUS_ENV: "qualification", ...secrets })).toMatchObject({ tokenUrl: "https://sandbox-oauth.piste.gouv.fr/api/oauth/token", apiBaseUrl: "https://sandbox-api.piste.gouv.fr" });
    expect(resolveEndpoints({ CHORUS_ENV: "production", ...secrets })).toMatchObject({ tokenUrl: "https://oauth.piste.gouv.fr/api/oauth/token", apiBaseUrl: "https://api.piste.gouv.fr" });
  });
  it("PISTE_OAUTH_URL and CHORUS_API_URL override", () => {
    expect(resolveEndpoints({ CHORUS_ENV: "production", ...secrets, PISTE_OAUTH_URL: "https://o.example/t", CHORUS_API_URL: "https://a.example/" })).toMatchObject({ tokenUrl: "https://o.example/t", apiBaseUrl: "https://a.example" });
  });
});

describe("gateway settings from the environment", () => {
  it("reads CHORUS_TIMEOUT_S, CHORUS_TOKEN_MARGIN_S and CHORUS_RETRY_BUDGET_S once, in seconds", async () => {
    vi.resetModules();
    const saved = { ...process.env };
    Object.assign(process.env, { CHORUS_TIMEOUT_S: "45", CHORUS_TOKEN_MARGIN_S: "120", CHORUS_RETRY_BUDGET_S: "" });
    try {
      const { getGatewaySettings, configureGateway } = await import("./config");
      expect(getGatewaySettings()).toEqual({ timeoutMs: 45_000, tokenRenewMarginMs: 120_000, retryBudgetMs: 20_000 });
      configureGateway({ timeoutMs: 1_000 });
      expect(getGatewaySettings()).toMatchObject({ timeoutMs: 1_000, tokenRenewMarginMs: 120_000 });
    } finally {
      process.env = saved;
    }
  });
  it("refuses a value that is not a whole number of seconds, naming the variable", async () => {
    const { parseEnv } = await import("@/lib/env");
    expect(() => parseEnv({ CHORUS_TIMEOUT_S: "trente" })).toThrow(/CHORUS_TIMEOUT_S/);
    expect(() => parseEnv({ CHORUS_TOKEN_MARGIN_S: "-5" })).toThrow(/CHORUS_TOKEN_MARGIN_S/);
  });
});
