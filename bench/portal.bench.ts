import { gzipSync } from "node:zlib";
import { PortalClient } from "./portal-client";
import { median, percentile, round, timeIt } from "./stats";

const BUDGET_KB = 150;

/**
 * First-load JavaScript of a page: every script the HTML references, gzipped — except the
 * `nomodule` polyfills, which browsers that support modules (all supported ones) never load.
 */
export async function firstLoadJsKb(client: PortalClient, path: string): Promise<number> {
  const html = await (await client.get(path)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const srcs = new Set(tags.map((m) => m[1]!));
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await client.get(src)).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes / 1024;
}

export async function ttfb(client: PortalClient, path: string, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    // fetch resolves on the response headers: that is the time to first byte.
    samples.push(
      await timeIt(async () => {
        const res = await client.get(path);
        if (res.status >= 400) throw new Error(`${path}: HTTP ${res.status}`);
        await res.arrayBuffer();
      }),
    );
  }
  return samples;
}

export async function benchPortalShell(baseUrl: string): Promise<Record<string, number | string>> {
  const anon = new PortalClient(baseUrl);
  const user = new PortalClient(baseUrl);
  await user.signIn("fournisseur@sandbox.test", "sandbox");
  await ttfb(anon, "/login", 5); // warm-up
  await ttfb(user, "/", 5);
  const login = await ttfb(anon, "/login", 50);
  const shell = await ttfb(user, "/", 50);
  const loginKb = await firstLoadJsKb(anon, "/login");
  const shellKb = await firstLoadJsKb(user, "/");
  return {
    "login first-load JS (KB gzip)": round(loginKb, 1),
    "shell first-load JS (KB gzip)": round(shellKb, 1),
    "first-load JS budget (KB)": BUDGET_KB,
    "first-load JS within budget": loginKb <= BUDGET_KB && shellKb <= BUDGET_KB ? "yes" : "NO",
    "login TTFB p50 (ms, 50 req)": round(median(login)),
    "login TTFB p95 (ms)": round(percentile(login, 95)),
    "shell TTFB p50 (ms, 50 req)": round(median(shell)),
    "shell TTFB p95 (ms)": round(percentile(shell, 95)),
  };
}
