// A production portal started from a build folder for the profiling benches (bench/profile.ts,
// bench/ab.ts), and the CPU time a process tree has used, read from /proc (Linux only).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../test/sandbox-process";

const root = path.resolve(__dirname, "..");

/** CPU (user + system) of a process and all its descendants, in ms. */
export function treeCpuMs(rootPid: number): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const stats = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const s = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
        return [{ pid: Number(pid), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * tick }];
      } catch {
        return [];
      }
    });
  const inTree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid);
        grew = true;
      }
    }
  }
  return stats.filter((s) => inTree.has(s.pid)).reduce((a, s) => a + s.cpu, 0);
}

/** Resolves once `url` answers 2xx; throws after `ms`. */
export async function waitHttp(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

export type Portal = { baseUrl: string; child: ChildProcess; stop: () => Promise<void> };

/** `next start` on 127.0.0.1 from `distDir`, its own DATA_DIR, ready once demo sign-in works. */
export async function startPortal(distDir: string, sandboxUrl: string, nodeArgs: string[] = []): Promise<Portal> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-data-"));
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", SANDBOX_URL: sandboxUrl, CHORUS_ENV: "sandbox", DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      // SIGINT lets `node --cpu-prof` write its profile on the way out.
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitHttp(`${baseUrl}/api/health`, 120_000);
    await waitHttp(`${baseUrl}/login`, 30_000);
    // Demo accounts are created asynchronously at start.
    await new Promise((r) => setTimeout(r, 2000));
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, child, stop };
}
