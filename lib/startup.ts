import { env, isSandbox } from "@/lib/env";
import { logger } from "@/lib/log";
import { getDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { fetchManifest } from "@/lib/demo/manifest";
import { syncDemoAccounts } from "@/lib/demo/demo-accounts";
import { startWorker } from "@/lib/outbox/worker";

async function withRetries<T>(what: string, fn: () => Promise<T>, attempts = 30, delayMs = 500): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
      logger.debug({ err, what, attempt: i }, "retrying");
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}

/** Migrations, demo accounts (sandbox only), outbox worker. */
export async function startPortalServices(): Promise<void> {
  try {
    await applyMigrations();
  } catch (err) {
    // The portal still starts: pages and /api/health explain that the database is unreachable.
    logger.error({ err }, "database migrations failed");
    return;
  }
  if (isSandbox) {
    try {
      const manifest = await withRetries("sandbox manifest", () => fetchManifest(env.SANDBOX_URL, AbortSignal.timeout(2000)));
      const n = await syncDemoAccounts(getDb(), manifest);
      logger.info({ accounts: n }, "demo accounts ready");
    } catch (err) {
      logger.error({ err, sandbox: env.SANDBOX_URL }, "demo accounts not created: sandbox unreachable");
    }
  }
  if (env.OUTBOX_WORKER === "on") {
    // No signal handler of our own (Next handles SIGTERM): a send cut short is safe, its lease
    // expires and the next worker reconciles it before sending again.
    startWorker();
  }
}
