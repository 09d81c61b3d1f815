// benchSandbox(): search latency over 100,000 invoices and requests/s for token, health-check and search.
// Bounded loops against 127.0.0.1 only (called by bench/run.ts). The sandbox runs in its own process (as in
// production use) so that the load generator does not share its core.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number) => Math.round(n * 100) / 100;

/** Runs `fn` with `concurrency` workers for at most `ms` milliseconds or `max` calls; returns per-call latencies. */
async function load(fn: () => Promise<void>, ms: number, concurrency: number, max: number) {
  const lat: number[] = [];
  const end = performance.now() + ms;
  let issued = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end && issued < max) {
      issued++;
      const s = performance.now();
      await fn();
      lat.push(performance.now() - s);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  return { lat: lat.sort((a, b) => a - b), rps: lat.length / seconds };
}

export async function benchSandbox(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const sb = await startChild();
  const seedMs = performance.now() - t0;
  try {
    const manifest = (await (await fetch(`${sb.url}/__sandbox/manifest`)).json()) as { technicalAccounts: { login: string; password: string; idStructureCPP: number }[] };
    const account = (id: number) => {
      const a = manifest.technicalAccounts.find((x) => x.idStructureCPP === id)!;
      return Buffer.from(`${a.login}:${a.password}`).toString("base64");
    };
    const tokenBody = "grant_type=client_credentials&client_id=portail-sandbox&client_secret=sandbox-secret-portail";
    const getToken = async () => {
      const r = await fetch(`${sb.url}/api/oauth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: tokenBody });
      return ((await r.json()) as { access_token: string }).access_token;
    };
    const bearer = await getToken();
    const post = (path: string, acc: string, body: unknown) => async () => {
      const r = await fetch(sb.url + path, { method: "POST", headers: { authorization: `Bearer ${bearer}`, "cpro-account": acc, "content-type": "application/json" }, body: JSON.stringify(body) });
      await r.arrayBuffer();
    };
    const fournisseur = post("/cpro/factures/v1/rechercher/fournisseur", account(27000001), {
      statutCourant: ["MISE_A_DISPOSITION", "MANDATEE", "MISE_EN_PAIEMENT", "SUSPENDUE"], montantTTCMin: 100, periodeDateDepotDu: "2026-01-01",
      rechercheFactureParFournisseur: { pageResultatDemandee: 2, nbResultatsParPage: 20, triColonne: "MontantTTC", triSens: "Descendant" },
    });
    const recipiendaire = post("/cpro/factures/v1/rechercher/recipiendaire", account(26000001), {
      typeDemandePaiement: "FACTURE", statutCourant: ["MISE_A_DISPOSITION", "COMPLETEE", "MANDATEE"], montantHTMin: 50,
      paramRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "DateDepot", triSens: "Descendant" },
    });
    const health = async () => { await (await fetch(`${sb.url}/cpro/transverses/v1/health-check`, { headers: { authorization: `Bearer ${bearer}` } })).arrayBuffer(); };
    await load(fournisseur, 300, 4, 200); // warm-up
    const f = await load(fournisseur, 2_000, 1, 2_000);
    const r = await load(recipiendaire, 2_000, 1, 2_000);
    // Capacity on one core: searches per second of the sandbox's own CPU time, so that a load
    // generator sharing the machine's two cores does not cap the figure.
    const cpu0 = sb.cpuSeconds();
    const searchRps = await load(fournisseur, 3_000, 16, 50_000);
    const searchPerCpuSecond = searchRps.lat.length / Math.max(1e-6, sb.cpuSeconds() - cpu0);
    const tokenRps = await load(async () => { await getToken(); }, 2_000, 16, 50_000);
    const healthRps = await load(health, 2_000, 16, 50_000);
    return {
      invoices: 100_000, seed_ms: round(seedMs),
      search_fournisseur_p50_ms: round(pct(f.lat, 50)), search_fournisseur_p95_ms: round(pct(f.lat, 95)),
      search_recipiendaire_p50_ms: round(pct(r.lat, 50)), search_recipiendaire_p95_ms: round(pct(r.lat, 95)),
      search_rps: round(searchRps.rps), search_per_sandbox_cpu_second: round(searchPerCpuSecond), search_under_load_p95_ms: round(pct(searchRps.lat, 95)),
      token_rps: round(tokenRps.rps), health_check_rps: round(healthRps.rps),
    };
  } finally {
    sb.close();
  }
}

/** Starts `sandbox/main.ts` on a random port with 100k invoices and waits for its "listening on" line. */
async function startChild(): Promise<{ url: string; close(): void; cpuSeconds(): number }> {
  // tsx as a loader in the server's own process (not its CLI, which forks): the pid is the server's.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "main.ts")], {
    cwd: path.join(__dirname, ".."),
    env: { ...process.env, SANDBOX_PORT: "0", SANDBOX_INVOICES: "100000", SANDBOX_ASYNC_DELAY_MS: "0", SANDBOX_RATE_LIMIT: "1000000", SANDBOX_STATE_FILE: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("sandbox did not start within 60 s")), 60_000);
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m?.[1]) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`sandbox exited (${code})`)); });
  });
  const cpuSeconds = () => {
    // utime + stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  return { url, close: () => { if (child.pid) process.kill(child.pid, "SIGTERM"); }, cpuSeconds };
}
