/**
 * Two builds side by side on a shared, noisy machine:
 * `npx tsx --conditions=react-server bench/ab.ts <distA> <distB> [path] [email] [rounds] [users] [perUser]`
 * (defaults /factures/emises, fournisseur@sandbox.test, 8 rounds of 20 users x 5 requests).
 * One sandbox, one portal per build folder; each round loads A then B (B then A on odd rounds),
 * so that whatever else the machine runs weighs on both alike. Prints, per build, the median over
 * rounds of the portal's CPU per request (its whole process tree, from /proc) and of the p50/p95
 * request time. CPU per request is the figure to compare: latency follows the machine's load.
 * AB_NODE_ARGS_A / AB_NODE_ARGS_B add Node flags to one side (the same build twice compares flags).
 */
import os from "node:os";
import { startSandboxProcess } from "../test/sandbox-process";
import { burst, signedInClients } from "./load";
import { startPortal, treeCpuMs, type Portal } from "./portal-process";
import { median, percentile, round } from "./stats";

const [distA, distB, pagePath = "/factures/emises", email = "fournisseur@sandbox.test", roundsArg = "8", usersArg = "20", perUserArg = "5"] = process.argv.slice(2);

async function main() {
  if (!distA || !distB) throw new Error("usage: bench/ab.ts <distA> <distB> [path] [email] [rounds] [users] [perUser]");
  const [rounds, users, perUser] = [Number(roundsArg), Number(usersArg), Number(perUserArg)];
  const sandbox = await startSandboxProcess({ SANDBOX_INVOICES: process.env.BENCH_INVOICES ?? "10000", SANDBOX_ASYNC_DELAY_MS: "0" });
  const portals: Portal[] = [];
  try {
    const nodeArgs = [process.env.AB_NODE_ARGS_A, process.env.AB_NODE_ARGS_B].map((a) => (a ? a.split(" ").filter(Boolean) : []));
    for (const [i, dist] of [distA, distB].entries()) portals.push(await startPortal(dist, sandbox.url, nodeArgs[i]));
    const sides = await Promise.all(
      portals.map(async (p, i) => ({ name: `${i === 0 ? distA : distB}${nodeArgs[i]!.length ? ` ${nodeArgs[i]!.join(" ")}` : ""}`, portal: p, clients: await signedInClients(p.baseUrl, email, users, pagePath, 3), cpu: [] as number[], p50: [] as number[], p95: [] as number[] })),
    );
    console.log(`# ${pagePath} as ${email}: ${rounds} rounds of ${users} users x ${perUser} requests — ${os.cpus().length} cores`);
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        const pid = side.portal.child.pid!;
        const cpu0 = treeCpuMs(pid);
        const samples = await burst(side.clients, pagePath, perUser);
        const cpu = (treeCpuMs(pid) - cpu0) / samples.length;
        side.cpu.push(cpu);
        side.p50.push(median(samples));
        side.p95.push(percentile(samples, 95));
        console.log(`  round ${r + 1} ${side.name.padEnd(14)} CPU ${round(cpu, 1).toFixed(1).padStart(5)} ms/request, p50 ${round(median(samples), 0)} ms, p95 ${round(percentile(samples, 95), 0)} ms, load average ${os.loadavg()[0]!.toFixed(1)}`);
      }
    }
    console.log("\n## medians over rounds");
    for (const s of sides) {
      console.log(`  ${s.name.padEnd(14)} CPU ${round(median(s.cpu), 1)} ms/request (min ${round(Math.min(...s.cpu), 1)}), p50 ${round(median(s.p50), 0)} ms, p95 ${round(median(s.p95), 0)} ms`);
    }
    const [a, b] = sides;
    console.log(`  CPU ratio ${b!.name} / ${a!.name}: ${round(median(b!.cpu) / median(a!.cpu), 3)}`);
  } finally {
    for (const p of portals) await p.stop();
    await sandbox.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
