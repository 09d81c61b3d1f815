import { PortalClient } from "./portal-client";
import { median, percentile, round, timeIt } from "./stats";

/** `users` sessions of `email`, each signed in and having loaded `path` `warmUp` times. */
export async function signedInClients(baseUrl: string, email: string, users: number, path: string, warmUp = 1): Promise<PortalClient[]> {
  return Promise.all(
    Array.from({ length: users }, async () => {
      const c = new PortalClient(baseUrl);
      await c.signIn(email, "sandbox");
      for (let i = 0; i < warmUp; i++) await (await c.get(path)).arrayBuffer();
      return c;
    }),
  );
}

/** Every client GETs `path` `perUser` times, all clients at once: the time of each request (body read). */
export async function burst(clients: PortalClient[], path: string, perUser: number): Promise<number[]> {
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
  return samples;
}

/**
 * Time to first byte of a page under `users` concurrent signed-in users (each its own session),
 * `perUser` requests each, after a warm-up. Bounded in count; 127.0.0.1 only.
 */
export async function ttfbUnderLoad(baseUrl: string, email: string, path: string, users: number, perUser: number): Promise<{ p50: number; p95: number; n: number }> {
  const clients = await signedInClients(baseUrl, email, users, path);
  const samples = await burst(clients, path, perUser);
  return { p50: round(median(samples)), p95: round(percentile(samples, 95)), n: samples.length };
}
