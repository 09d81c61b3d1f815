/**
 * Where a page's server CPU goes under load: `npx tsx bench/profile.ts [path] [email] [users] [perUser]`
 * (defaults: /factures/emises, fournisseur@sandbox.test, 20, 10; PROFILE=0 skips the V8 profile).
 * Starts a sandbox and a production portal (NEXT_DIST_DIR, built beforehand) under
 * `node --cpu-prof`, drives `users` concurrent signed-in sessions, then prints the CPU each process
 * spent per request (portal, sandbox, this load driver: they share the machine) and the portal's
 * profile over the load window only, by module and by function (self and inclusive).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSandboxProcess } from "../test/sandbox-process";
import { byArea, summarize, type CpuProfile, type Row } from "./cpuprofile";
import { burst, signedInClients } from "./load";
import { startPortal, treeCpuMs } from "./portal-process";
import { median, percentile, round } from "./stats";

const [pagePath = "/factures/emises", email = "fournisseur@sandbox.test", usersArg = "20", perUserArg = "10"] = process.argv.slice(2);
const withProfile = process.env.PROFILE !== "0";

// Where a module's self time belongs, first match wins (modules as bench/cpuprofile.ts names them).
const AREAS = [
  ["React: render, Flight serialisation, HTML (Next's app runtime)", /^next\/compiled\/next-server\/app-page|^next\/src\/client|^react/],
  ["garbage collector", /garbage collector/],
  ["lib/format (Intl formatters)", /^lib\/format\//],
  ["Auth.js session: JWT decrypt/encrypt", /^@auth\/|^jose|^next-auth|^node:internal\/crypto/],
  ["PGlite + drizzle", /pglite|^wasm:|^drizzle-orm/],
  ["gateway: undici, zod, lib/chorus-pro", /undici|^lib\/chorus-pro|^zod/],
  ["gzip of the response", /zlib|compression/],
  ["app code (other)", /^(app|components|lib|auth|proxy)[./]/],
  ["Next server: routing, proxy glue", /^next\//],
  ["Node: streams, http, async hooks", /^node:|^\(/],
] as const;

function table(title: string, rows: Row[], by: "selfMs" | "totalMs", perRequest: number, n = 30) {
  console.log(`\n## ${title} (ms per request: self / inclusive)`);
  for (const r of [...rows].sort((a, b) => b[by] - a[by]).slice(0, n)) {
    console.log(`  ${round(r.selfMs / perRequest, 2).toFixed(2).padStart(7)} ${round(r.totalMs / perRequest, 2).toFixed(2).padStart(7)}  ${r.key}`);
  }
}

async function main() {
  const users = Number(usersArg);
  const perUser = Number(perUserArg);
  const profDir = withProfile ? fs.mkdtempSync(path.join(os.tmpdir(), "chorus-prof-")) : "";
  const sandbox = await startSandboxProcess({ SANDBOX_INVOICES: process.env.BENCH_INVOICES ?? "10000", SANDBOX_ASYNC_DELAY_MS: "0" });
  const nodeArgs = withProfile ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`, "--cpu-prof-interval=500"] : [];
  const portal = await startPortal(process.env.NEXT_DIST_DIR || ".next", sandbox.url, nodeArgs).catch(async (err: unknown) => {
    await sandbox.stop();
    throw err;
  });
  const { baseUrl } = portal;
  try {
    const clients = await signedInClients(baseUrl, email, users, pagePath, 3);
    const cpu0 = { portal: treeCpuMs(portal.child.pid!), sandbox: treeCpuMs(sandbox.child.pid!), driver: process.cpuUsage() };
    const from = process.hrtime.bigint();
    const samples = await burst(clients, pagePath, perUser);
    const to = process.hrtime.bigint();
    const n = samples.length;
    const driverUs = process.cpuUsage(cpu0.driver);
    console.log(`# ${pagePath} as ${email}: ${users} users x ${perUser} requests — ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    console.log(`  wall ${round(Number(to - from) / 1e6, 0)} ms, TTFB+body p50 / p95 ${round(median(samples))} / ${round(percentile(samples, 95))} ms`);
    console.log(`  CPU per request (ms): portal ${round((treeCpuMs(portal.child.pid!) - cpu0.portal) / n, 1)}, sandbox ${round((treeCpuMs(sandbox.child.pid!) - cpu0.sandbox) / n, 1)}, load driver ${round((driverUs.user + driverUs.system) / 1000 / n, 1)}`);
    if (withProfile) {
      await portal.stop();
      for (const file of fs.readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile"))) {
        const profile = JSON.parse(fs.readFileSync(path.join(profDir, file), "utf8")) as CpuProfile;
        const s = summarize(profile, { fromUs: Number(from / 1000n), toUs: Number(to / 1000n) });
        if (s.sampledMs === 0) continue;
        console.log(`\n# ${file}: ${round(s.sampledMs, 0)} ms sampled in the window, ${round(s.idleMs, 0)} ms idle; ${round((s.sampledMs - s.idleMs) / n, 1)} ms busy per request`);
        console.log("\n## areas (ms per request, self time)");
        for (const a of byArea(s.byModule, AREAS)) console.log(`  ${round(a.selfMs / n, 2).toFixed(2).padStart(7)}  ${a.area}`);
        table("modules by self time", s.byModule, "selfMs", n, 25);
        table("functions by self time", s.byFunction, "selfMs", n, 40);
        table("functions by inclusive time", s.byFunction, "totalMs", n, 70);
      }
      console.log(`\nprofiles kept in ${profDir} (load window, µs of the monotonic clock: ${from / 1000n} ${to / 1000n})`);
    }
  } finally {
    await portal.stop();
    await sandbox.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
