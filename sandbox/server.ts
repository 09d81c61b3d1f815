// startSandbox(): the emulator as a library (tests start it in-process on port 0) and for main.ts.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { registerAll } from "./api";
import { Faults } from "./http/faults";
import { handle } from "./http/pipeline";
import { Router } from "./http/router";
import { RateLimiter, Stats } from "./http/stats";
import { INFERRED } from "./model/inferred";
import { Registry, type SandboxConfig } from "./model/registry";

export interface StartOptions {
  port?: number;
  host?: string;
  seed?: number;
  invoices?: number;
  persistFile?: string;
  asyncDelayMs?: number;
  tokenTtlS?: number;
  rateLimit?: number;
}

export interface RunningSandbox {
  url: string;
  registry: Registry;
  close(): Promise<void>;
}

const envInt = (name: string, fallback: number): number => {
  const v = process.env[name];
  const n = v === undefined || v === "" ? NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/** Options win over environment variables, which win over defaults (README "Environment"). */
export function resolveConfig(o: StartOptions): SandboxConfig {
  return {
    seed: o.seed ?? envInt("SANDBOX_SEED", 20260101),
    invoices: o.invoices ?? envInt("SANDBOX_INVOICES", 240),
    asyncDelayMs: o.asyncDelayMs ?? envInt("SANDBOX_ASYNC_DELAY_MS", 1500),
    tokenTtlS: o.tokenTtlS ?? envInt("SANDBOX_TOKEN_TTL_S", 3600),
    rateLimit: o.rateLimit ?? envInt("SANDBOX_RATE_LIMIT", INFERRED.defaultRateLimitPerSecond),
    persistFile: o.persistFile ?? (process.env.SANDBOX_STATE_FILE || undefined),
  };
}

export async function startSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const config = resolveConfig(options);
  const registry = new Registry(config);
  if (!registry.load()) registry.createNamespace("default");
  const router = new Router();
  const faults = new Faults();
  const stats = new Stats();
  const limiter = new RateLimiter(config.rateLimit);
  const held = new Set<ServerResponse>();
  registerAll(router, { registry, faults, stats, limiter, router });
  const deps = { router, registry, faults, stats, limiter, held };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void handle(deps, req, res);
  });
  server.keepAliveTimeout = 5_000;
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? envInt("SANDBOX_PORT", 4010), host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Persist periodically too, so that a crash loses at most a few seconds of a demo.
  const saver = config.persistFile ? setInterval(() => registry.save(), 5_000) : undefined;
  saver?.unref();
  let closed = false;
  return {
    url: `http://${host}:${port}`,
    registry,
    async close() {
      if (closed) return;
      closed = true;
      if (saver) clearInterval(saver);
      registry.close();
      registry.save();
      for (const res of held) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}
