// Gateway overhead, measured side by side in one run against a local sandbox (127.0.0.1 only):
// the same search sent directly with fetch and through the gateway. Called by bench/run.ts.
// No "server-only" import here: bench/run.ts runs under tsx, outside a React Server environment,
// so the marker is stubbed before the gateway modules load.
import { createRequire } from "node:module";
import path from "node:path";

function stubServerOnly() {
  const req = createRequire(path.join(process.cwd(), "package.json"));
  const id = req.resolve("server-only");
  req.cache[id] ??= { id, filename: id, loaded: true, exports: {} } as unknown as NodeJS.Module;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const round = (n: number) => Math.round(n * 100) / 100;

async function timeOne(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Rotates the callers batch by batch so that all of them see the same machine state. */
async function sideBySide(fns: Array<() => Promise<unknown>>, concurrency: number, rounds: number): Promise<number[][]> {
  const out = fns.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const fn = fns[k]!;
      out[k]!.push(...(await Promise.all(Array.from({ length: concurrency }, () => timeOne(fn)))));
    }
  }
  return out;
}

interface Manifest {
  pisteClients: Array<{ client_id: string; client_secret: string }>;
  technicalAccounts: Array<{ login: string; password: string; idStructureCPP: number }>;
}

export async function benchGateway(sandboxUrl: string): Promise<Record<string, number | string>> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\/?$/.test(sandboxUrl)) throw new Error("benchGateway runs against 127.0.0.1 only");
  const base = sandboxUrl.replace(/\/+$/, "");
  process.env.SANDBOX_URL = base;
  process.env.CHORUS_ENV = "sandbox";
  process.env.CHORUS_LOG_LEVEL ??= "warn";
  stubServerOnly();
  const [{ rechercherFacturesFournisseur }, { encryptSecret }, { getTokenManager }, { request, Agent }] = await Promise.all([
    import("./factures"), import("@/lib/crypto"), import("./token"), import("undici"),
  ]);

  const manifest = (await (await fetch(`${base}/__sandbox/manifest`)).json()) as Manifest;
  const client = manifest.pisteClients[0];
  // A supplier with invoices (the sandbox's ACME persona), so that the search returns a full page.
  const account = manifest.technicalAccounts.find((a) => a.idStructureCPP === 27000001) ?? manifest.technicalAccounts[0];
  if (!client || !account) throw new Error("sandbox manifest without PISTE client or technical account");

  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: client.client_id, client_secret: client.client_secret, scope: "openid" });
  const { access_token } = (await (await fetch(`${base}/api/oauth/token`, { method: "POST", body: form })).json()) as { access_token: string };
  const body = {
    idFournisseur: account.idStructureCPP,
    statutCourant: ["MISE_A_DISPOSITION" as const, "MANDATEE" as const, "MISE_EN_PAIEMENT" as const],
    rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "MontantTTC", triSens: "Descendant" as const },
  };
  const headers = {
    Authorization: `Bearer ${access_token}`, "Content-Type": "application/json;charset=utf-8", Accept: "application/json;charset=utf-8",
    "cpro-account": Buffer.from(`${account.login}:${account.password}`).toString("base64"),
  };
  const url = `${base}/cpro/factures/v1/rechercher/fournisseur`;
  // Two direct callers: fetch, what a client without a gateway uses, and undici's request(), the
  // gateway's own transport — the second isolates the cost of the gateway's logic (validation,
  // zod parse to domain types, retries, logs, metrics).
  const direct = async () => (await fetch(url, { method: "POST", headers, body: JSON.stringify(body) })).json();
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const sameTransport = async () => JSON.parse(await (await request(url, { method: "POST", headers, body: JSON.stringify(body), dispatcher: agent })).body.text()) as unknown;
  const ctx = { technicalAccount: { login: account.login, passwordEnc: encryptSecret(account.password) } };
  const gateway = () => rechercherFacturesFournisseur(ctx, body);

  await sideBySide([direct, sameTransport, gateway], 5, 6); // warm-up: JIT, sockets, token
  const [d1, u1, g1] = await sideBySide([direct, sameTransport, gateway], 1, 400);
  const [d50, u50, g50] = await sideBySide([direct, sameTransport, gateway], 50, 30);

  const tokens = async () => ((await (await fetch(`${base}/__sandbox/stats`)).json()) as { tokensIssued?: number }).tokensIssued ?? Number.NaN;
  getTokenManager();
  const before = await tokens();
  const windowStart = performance.now();
  let calls = 0;
  for (let i = 0; i < 10; i++) { await Promise.all(Array.from({ length: 50 }, () => gateway())); calls += 50; }
  const windowMs = performance.now() - windowStart;
  const after = await tokens();

  // Token requests under steady load, an hour compressed: tokens living 4 s, renewed 1 s ahead
  // (one renewal period = 3 s) while 10 callers never stop for 15 s.
  const setTtl = (tokenTtlS: number) => fetch(`${base}/__sandbox/config`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ tokenTtlS }) });
  const { configureGateway, getGatewaySettings } = await import("./config");
  const savedMargin = getGatewaySettings().tokenRenewMarginMs;
  await setTtl(4);
  configureGateway({ tokenRenewMarginMs: 1_000 });
  getTokenManager().clear();
  const periodMs = 3_000;
  const loadMs = 15_000;
  const t0 = await tokens();
  const loadEnd = performance.now() + loadMs;
  let steadyCalls = 0;
  await Promise.all(Array.from({ length: 10 }, async () => { while (performance.now() < loadEnd) { await gateway(); steadyCalls++; } }));
  const renewals = (await tokens()) - t0;
  await setTtl(3600);
  configureGateway({ tokenRenewMarginMs: savedMargin });
  getTokenManager().clear();

  const row = (label: string, d: number[], u: number[], g: number[]) => ({
    [`${label} direct fetch p50 ms`]: round(pct(d, 50)),
    [`${label} gateway p50 ms`]: round(pct(g, 50)),
    [`${label} ratio of medians (budget ≤ 1.10)`]: round(pct(g, 50) / pct(d, 50)),
    [`${label} added ms p50`]: round(pct(g, 50) - pct(d, 50)),
    [`${label} added ms p95`]: round(pct(g, 95) - pct(d, 95)),
    [`${label} same-transport direct p50 ms`]: round(pct(u, 50)),
    [`${label} gateway logic: ratio vs same transport`]: round(pct(g, 50) / pct(u, 50)),
    [`${label} gateway logic: added ms p50`]: round(pct(g, 50) - pct(u, 50)),
  });
  return {
    operation: "factures/v1/rechercher/fournisseur (20 per page)",
    ...row("c=1", d1!, u1!, g1!),
    ...row("c=50", d50!, u50!, g50!),
    "steady window calls": calls,
    "steady window ms": Math.round(windowMs),
    "token requests in steady window": after - before,
    "compressed hour: calls": steadyCalls,
    "compressed hour: renewal periods": loadMs / periodMs,
    "compressed hour: token requests (budget 1 per period, +1 first)": renewals,
    "token requests per hour, PISTE 3600 s tokens renewed 5 min ahead": round((renewals / (loadMs / periodMs)) * (3_600_000 / (3_600_000 - savedMargin))),
  };
}
