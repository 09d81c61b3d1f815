/**
 * npm run bench: starts a sandbox and a production portal on this machine (127.0.0.1 only),
 * runs every benchmark side by side in one run and prints medians, percentiles and ratios.
 * Budgets are reported here, never asserted in tests (shared machines are noisy).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startSandboxProcess } from "../test/sandbox-process";
import { benchEmises } from "./emises.bench";
import { benchFluxMemory } from "./flux-memory.bench";
import { benchPortalShell } from "./portal.bench";
import { benchRecues } from "./recues.bench";
import { PortalClient } from "./portal-client";
import { waitHttp } from "./portal-process";

const root = path.resolve(__dirname, "..");

function print(title: string, rows: Record<string, number | string>) {
  console.log(`\n## ${title}`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(width)}  ${v}`);
}

async function main() {
  // The gateway bench runs in this process: its per-call log lines would drown the figures.
  process.env.LOG_LEVEL ??= "silent";
  const only = process.argv.slice(2);
  const wants = (name: string) => only.length === 0 || only.includes(name);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };

  // The sandbox and gateway benches need no portal: `npm run bench -- gateway` runs in seconds.
  const needsPortal = ["portal", "emises", "recues"].some(wants);
  if (needsPortal && !fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const sandbox = await startSandboxProcess({ SANDBOX_INVOICES: process.env.BENCH_INVOICES ?? "10000", SANDBOX_ASYNC_DELAY_MS: "0" });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-"));
  const portal = needsPortal
    ? spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: { ...env, SANDBOX_URL: sandbox.url, CHORUS_ENV: "sandbox", DATA_DIR: dataDir, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    })
    : undefined;
  try {
    if (portal) {
      await waitHttp(`${baseUrl}/api/health`, 120_000);
      // Demo accounts are created asynchronously at start: wait until sign-in works.
      await waitHttp(`${baseUrl}/login`, 30_000);
      await new Promise((r) => setTimeout(r, 2000));
    }
    console.log(`# Benchmarks — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}`);
    if (wants("portal")) print("Portal: login page and shell (issue 2)", await benchPortalShell(baseUrl));
    if (wants("emises")) {
      print("Factures émises: list and form (issue 5)", await benchEmises(baseUrl));
      const supplier = new PortalClient(baseUrl);
      await supplier.signIn("fournisseur@sandbox.test", "sandbox");
      print("Factures émises: 30 MB flux upload, server memory (issue 5)", (await benchFluxMemory(baseUrl, supplier.cookieHeader())) as unknown as Record<string, number | string>);
    }
    if (wants("recues")) print("Factures reçues: list under load, bulk action (issue 6)", await benchRecues(baseUrl));
    if (wants("sandbox")) {
      const { benchSandbox } = await import("../sandbox/bench");
      print("Sandbox: 100,000 invoices (issue 3)", await benchSandbox());
    }
    if (wants("gateway")) {
      const { benchGateway } = await import("../lib/chorus-pro/bench");
      print("Gateway overhead (issue 4)", await benchGateway(sandbox.url));
    }
  } finally {
    portal?.kill("SIGTERM");
    await sandbox.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
