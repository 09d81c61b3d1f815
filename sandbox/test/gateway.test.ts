import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Api, IDS, boot, token, type Env } from "./helpers";

const PAYS = "/cpro/transverses/v1/recuperer/pays";

describe("gateway behaviour on /cpro", () => {
  let env: Env;
  beforeAll(async () => { env = await boot({ invoices: 20 }); });
  afterAll(() => env.sb.close());

  it("401 without a bearer token", async () => {
    const r = await fetch(env.sb.url + PAYS, { method: "POST", headers: { "content-type": "application/json", "cpro-account": env.as(IDS.acme).account }, body: "{}" });
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("401 with the detail in WWW-Authenticate for a missing or wrong cpro-account", async () => {
    const missing = await new Api(env.sb.url, env.bearer, "").post(PAYS, {});
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/missing_cpro_account/);
    const wrong = await new Api(env.sb.url, env.bearer, Buffer.from("TECH_1_zzzzzzzz@cpro.fr:bad").toString("base64")).post(PAYS, {});
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/invalid_cpro_account/);
    expect(wrong.json.codeRetour).toBe(401);
  });

  it("401 expired_password for a technical account whose password expired", async () => {
    const r = await env.as(IDS.expire).post(PAYS, {});
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(/error="expired_password"/);
  });

  it("415 on a non-JSON POST, charset optional", async () => {
    expect((await env.as(IDS.acme).post(PAYS, "{}", { "content-type": "text/plain" })).status).toBe(415);
    expect((await env.as(IDS.acme).post(PAYS, "{}", { "content-type": "application/json" })).status).toBe(200);
  });

  it("406 on an unacceptable Accept or Accept-Charset; */* and application/* accepted", async () => {
    expect((await env.as(IDS.acme).post(PAYS, {}, { accept: "text/html" })).status).toBe(406);
    expect((await env.as(IDS.acme).post(PAYS, {}, { "accept-charset": "iso-8859-1" })).status).toBe(406);
    expect((await env.as(IDS.acme).post(PAYS, {}, { accept: "application/*" })).status).toBe(200);
    expect((await env.as(IDS.acme).post(PAYS, {}, { accept: "*/*" })).status).toBe(200);
  });

  it("400 on malformed JSON with the codeRetour/libelle envelope", async () => {
    const r = await env.as(IDS.acme).post(PAYS, "{not json");
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ codeRetour: 400 });
    expect(r.json.libelle).toMatch(/JSON/);
  });

  it("413 on a body over the route limit", async () => {
    const r = await env.as(IDS.acme).post(PAYS, { padding: "x".repeat(3 * 1024 * 1024) });
    expect(r.status).toBe(413);
    const pdf = await env.as(IDS.acme).post("/cpro/factures/v1/deposer/pdf", { fichierFacture: Buffer.alloc(10 * 1024 * 1024 + 10, 1).toString("base64"), nomFichier: "big.pdf", formatDepot: "PDF_NON_SIGNE" });
    expect(pdf.status).toBe(413);
  });

  it("429 with Retry-After over the per-client rate", async () => {
    const config = (rateLimit: number) => fetch(`${env.sb.url}/__sandbox/config`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rateLimit }) });
    await config(5);
    const t = await token(env.sb.url, "portail-sandbox-2", "sandbox-secret-portail-2");
    const api = new Api(env.sb.url, t, env.as(IDS.acme).account);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => api.post(PAYS, {})));
    const limited = statuses.find((s) => s.status === 429);
    expect(limited).toBeDefined();
    expect(limited!.headers.get("retry-after")).toBe("1");
    await config(2000);
  });

  it("health-check answers per contract", async () => {
    const r = await fetch(`${env.sb.url}/cpro/transverses/v1/health-check`, { headers: { authorization: `Bearer ${env.bearer}` } });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ body: "L'API CPRO est actuellement disponible et fonctionnel.", statusCode: "OK", statusCodeValue: 200 });
  });

  it("faults: injected 503 for one path, then cleared", async () => {
    await fetch(`${env.sb.url}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ path: PAYS, status: 503, count: 1 }) });
    const t = await token(env.sb.url);
    const api = new Api(env.sb.url, t, env.as(IDS.acme).account);
    expect((await api.post(PAYS, {})).status).toBe(503);
    expect((await api.post(PAYS, {})).status).toBe(200);
  });
});
