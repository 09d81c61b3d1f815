import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, SECRET, boot, token, wait, type Env } from "./helpers";

const form = (fields: Record<string, string>) => ({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });

describe("PISTE OAuth2", () => {
  let env: Env;
  beforeAll(async () => { env = await boot({ invoices: 20, tokenTtlS: 1 }); });
  afterAll(() => env.sb.close());

  it("issues a bearer token for good client credentials, with or without scope", async () => {
    const r = await fetch(`${env.sb.url}/api/oauth/token`, form({ grant_type: "client_credentials", client_id: "portail-sandbox", client_secret: SECRET }));
    expect(r.status).toBe(200);
    const j = await r.json();
    expect(j).toMatchObject({ token_type: "Bearer", expires_in: 1, scope: "openid" });
    expect(j.access_token).toMatch(/^[\w-]{20,}$/);
  });

  it("answers 400 invalid_client on a bad secret or an unknown client", async () => {
    for (const fields of [{ client_id: "portail-sandbox", client_secret: "nope" }, { client_id: "nobody", client_secret: SECRET }]) {
      const r = await fetch(`${env.sb.url}/api/oauth/token`, form({ grant_type: "client_credentials", ...fields }));
      expect(r.status).toBe(400);
      expect((await r.json()).error).toBe("invalid_client");
    }
  });

  it("answers 400 unsupported_grant_type", async () => {
    const r = await fetch(`${env.sb.url}/api/oauth/token`, form({ grant_type: "password", client_id: "portail-sandbox", client_secret: SECRET }));
    expect(r.status).toBe(400);
    expect((await r.json()).error).toBe("unsupported_grant_type");
  });

  it("refuses an expired token with 401 (TTL 1 s)", async () => {
    const t = await token(env.sb.url);
    const call = () => fetch(`${env.sb.url}/cpro/transverses/v1/health-check`, { headers: { authorization: `Bearer ${t}` } });
    expect((await call()).status).toBe(200);
    await wait(1100);
    const r = await call();
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(/expir/);
  });

  it("refuses a revoked token with 401", async () => {
    await fetch(`${env.sb.url}/__sandbox/config`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tokenTtlS: 3600 }) });
    const t = await token(env.sb.url);
    const api = (tk: string) => fetch(`${env.sb.url}/cpro/transverses/v1/recuperer/pays`, { method: "POST", headers: { authorization: `Bearer ${tk}`, "cpro-account": env.as(IDS.acme).account, "content-type": "application/json" }, body: "{}" });
    expect((await api(t)).status).toBe(200);
    const rv = await fetch(`${env.sb.url}/__sandbox/tokens/revoke`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ access_token: t }) });
    expect((await rv.json()).revoked).toBe(1);
    const r = await api(t);
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(/révoqué/);
    const stats = await (await fetch(`${env.sb.url}/__sandbox/stats`)).json();
    expect(stats.tokensIssued).toBeGreaterThanOrEqual(3);
    expect(stats.requests.byStatus["401"]).toBeGreaterThanOrEqual(1);
  });
});
