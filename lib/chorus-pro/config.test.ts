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
