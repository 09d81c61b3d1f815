import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boot, soumettreBody, wait, type Env } from "./helpers";

// Faults answer before the handler (nothing applied) unless `after: true`: then the handler runs and
// its answer is lost, which is what a client's reconciliation has to survive.
const SOUMETTRE = "/cpro/factures/v1/soumettre";
const RECHERCHER = "/cpro/factures/v1/rechercher/fournisseur";

describe("fault injection", () => {
  let env: Env;
  beforeAll(async () => { env = await boot(); });
  afterAll(() => env.sb.close());

  const faults = (body: unknown) => fetch(`${env.sb.url}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const countOf = async (numero: string) => {
    const r = await env.as(27000001).post(RECHERCHER, { numeroFacture: numero, idFournisseur: 27000001 });
    return (r.json.listeFactures as { numeroFacture: string }[] | undefined)?.filter((f) => f.numeroFacture === numero).length ?? 0;
  };

  it("a plain 502 answers before the handler: nothing is created", async () => {
    expect((await faults({ path: SOUMETTRE, status: 502, count: 1 })).status).toBe(200);
    const body = soumettreBody(env);
    expect((await env.as(27000001).post(SOUMETTRE, body)).status).toBe(502);
    expect(await countOf(body.numeroFactureSaisi)).toBe(0);
  });

  it("after: true + 502 applies the write, then answers 502; a resend is refused as a duplicate", async () => {
    await faults({ path: SOUMETTRE, status: 502, after: true, count: 1 });
    const body = soumettreBody(env);
    const first = await env.as(27000001).post(SOUMETTRE, body);
    expect(first.status).toBe(502);
    expect(first.json.identifiantFactureCPP).toBeUndefined();
    expect(await countOf(body.numeroFactureSaisi)).toBe(1);
    const again = await env.as(27000001).post(SOUMETTRE, body);
    expect(again.status).toBe(400);
    expect(again.json.codeRetour).toBe(20109);
    expect(await countOf(body.numeroFactureSaisi)).toBe(1);
  });

  it("after: true + timeout applies the write and holds the socket until the client gives up", async () => {
    await faults({ faults: [{ path: SOUMETTRE, timeout: true, after: true, count: 1 }] });
    const body = soumettreBody(env);
    const api = env.as(27000001);
    const abort = new AbortController();
    const pending = fetch(api.url + SOUMETTRE, {
      method: "POST", signal: abort.signal, body: JSON.stringify(body),
      headers: { authorization: `Bearer ${api.bearer}`, "cpro-account": api.account, "content-type": "application/json;charset=utf-8", accept: "application/json" },
    }).then(() => "answered", () => "aborted");
    // Bounded by the outcome, not by speed: the invoice shows up while the request is still held.
    for (let i = 0; i < 200 && (await countOf(body.numeroFactureSaisi)) === 0; i++) await wait(25);
    expect(await countOf(body.numeroFactureSaisi)).toBe(1);
    abort.abort();
    expect(await pending).toBe("aborted");
  });

  it("refuses after: true with 429/503 (they promise nothing was processed) or with no lost answer", async () => {
    for (const f of [{ status: 429, after: true }, { status: 503, after: true }, { after: true }, { latencyMs: 5, after: true }]) {
      const r = await faults(f);
      expect(r.status, JSON.stringify(f)).toBe(400);
    }
    expect((await faults({ faults: [{ status: 503, after: true }] })).status).toBe(400);
    await fetch(`${env.sb.url}/__sandbox/faults`, { method: "DELETE" });
  });
});
