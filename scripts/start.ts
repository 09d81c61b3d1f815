/**
 * npm start: the portal on the sandbox by default, or on the real PISTE hosts.
 * 1. validate the environment (the process refuses to start and names the variable);
 * 2. build when .next is missing or older than the sources;
 * 3. in sandbox mode, start the sandbox unless one already answers at SANDBOX_URL;
 * 4. run `next start` (migrations and demo accounts run in instrumentation.ts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/env";

const root = path.resolve(__dirname, "..");
const SOURCES = ["app", "components", "lib", "public", "auth.ts", "auth.config.ts", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "drizzle"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(new URL("/__sandbox/health", url), { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`le bac à sable ne répond pas sur ${url}`);
}

async function main() {
  // The README allows a .env file: read it here too, since the environment is checked before Next
  // (which reads it on its own) starts. Variables already set take precedence.
  for (const file of [".env.local", ".env"]) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) process.loadEnvFile(full);
  }
  let env;
  try {
    env = parseEnv(process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const children: ChildProcess[] = [];
  const stopAll = (code: number) => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    process.exit(code);
  };
  process.on("SIGINT", () => stopAll(0));
  process.on("SIGTERM", () => stopAll(0));

  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (env.CHORUS_ENV === "sandbox" && !(await answers(env.SANDBOX_URL))) {
    const port = new URL(env.SANDBOX_URL).port || "4010";
    console.log(`Bac à sable : démarrage sur ${env.SANDBOX_URL}`);
    const sandbox = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "sandbox/main.ts")], {
      cwd: root,
      env: { ...childEnv, SANDBOX_PORT: port },
      stdio: "inherit",
    });
    children.push(sandbox);
    sandbox.on("exit", (code) => {
      console.error(`Le bac à sable s'est arrêté (code ${code}).`);
      stopAll(1);
    });
    await waitFor(env.SANDBOX_URL, 60_000);
  }

  // START_BUILD=never: the caller built already (scripts/e2e.sh builds once per test run).
  const buildMode = process.env.START_BUILD ?? "auto";
  if (buildMode === "always" || (buildMode === "auto" && needsBuild())) {
    console.log("Construction du portail (next build)…");
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env: childEnv, stdio: "inherit" });
    if (build.status !== 0) stopAll(build.status ?? 1);
  }

  const port = process.env.PORT ?? "3000";
  const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port, ...(process.env.PORTAL_HOST ? ["-H", process.env.PORTAL_HOST] : [])], {
    cwd: root,
    env: childEnv,
    stdio: "inherit",
  });
  children.push(next);
  next.on("exit", (code) => stopAll(code ?? 0));
  console.log(`Portail : http://localhost:${port} (mode ${env.CHORUS_ENV})`);
}

void main();
