import { PortalClient } from "./portal-client";
import { median, percentile, round, timeIt } from "./stats";

/**
 * Time to first byte of a page under `users` concurrent signed-in users (each its own session),
 * `perUser` requests each, after a warm-up. Bounded in count; 127.0.0.1 only.
 */
export async function ttfbUnderLoad(baseUrl: string, email: string, path: string, users: number, perUser: number): Promise<{ p50: number; p95: number; n: number }> {
  const clients = await Promise.all(
    Array.from({ length: users }, async () => {
      const c = new PortalClient(baseUrl);
      await c.signIn(email, "sandbox");
      await (await c.get(path)).arrayBuffer();
      return c;
    }),
  );
  const samples: number[] = [];
  await Promise.all(
    clients.map(async (c) => {
      for (let i = 0; i < perUser; i++) {
        samples.push(
          await timeIt(async () => {
            const res = await c.get(path);
            if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
            await res.arrayBuffer();
          }),
        );
      }
    }),
  );
  return { p50: round(median(samples)), p95: round(percentile(samples, 95)), n: samples.length };
}
