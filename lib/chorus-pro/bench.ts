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

/** Alternates direct and gateway batches so that both see the same machine state. */
async function sideBySide(direct: () => Promise<unknown>, gateway: () => Promise<unknown>, concurrency: number, rounds: number) {
  const d: number[] = [];
  const g: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [fn, out] of (i % 2 ? [[gateway, g], [direct, d]] : [[direct, d], [gateway, g]]) as Array<[() => Promise<unknown>, number[]]>) {
      out.push(...(await Promise.all(Array.from({ length: concurrency }, () => timeOne(fn)))));
    }
  }
  return { d, g };
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
  const [{ rechercherFacturesFournisseur }, { encryptSecret }, { getTokenManager }] = await Promise.all([
    import("./factures"), import("@/lib/crypto"), import("./token"),
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
  const direct = async () => {
    const res = await fetch(`${base}/cpro/factures/v1/rechercher/fournisseur`, { method: "POST", headers, body: JSON.stringify(body) });
    return res.json();
  };
  const ctx = { technicalAccount: { login: account.login, passwordEnc: encryptSecret(account.password) } };
  const gateway = () => rechercherFacturesFournisseur(ctx, body);

  await sideBySide(direct, gateway, 5, 4); // warm-up: JIT, sockets, token
  const c1 = await sideBySide(direct, gateway, 1, 200);
  const c50 = await sideBySide(direct, gateway, 50, 10);

  const tokens = async () => ((await (await fetch(`${base}/__sandbox/stats`)).json()) as { tokensIssued?: number }).tokensIssued ?? Number.NaN;
  getTokenManager();
  const before = await tokens();
  const windowStart = performance.now();
  let calls = 0;
  for (let i = 0; i < 10; i++) { await Promise.all(Array.from({ length: 50 }, () => gateway())); calls += 50; }
  const windowMs = performance.now() - windowStart;
  const after = await tokens();

  const row = (label: string, r: { d: number[]; g: number[] }) => ({
    [`${label} direct p50 ms`]: round(pct(r.d, 50)),
    [`${label} gateway p50 ms`]: round(pct(r.g, 50)),
    [`${label} ratio of medians`]: round(pct(r.g, 50) / pct(r.d, 50)),
    [`${label} added ms p50`]: round(pct(r.g, 50) - pct(r.d, 50)),
    [`${label} added ms p95`]: round(pct(r.g, 95) - pct(r.d, 95)),
  });
  return {
    operation: "factures/v1/rechercher/fournisseur (20 per page)",
    ...row("c=1", c1),
    ...row("c=50", c50),
    "steady window calls": calls,
    "steady window ms": Math.round(windowMs),
    "token requests in steady window": after - before,
  };
}
