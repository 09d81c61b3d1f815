import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSandboxProcess } from "./sandbox-process";

// Integration project: a real sandbox process over HTTP and a real PostgreSQL (DATABASE_URL from
// scripts/with-postgres.sh), migrated once here.
export default async function setup() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL manquant : lancez `npm run test:integration` (scripts/with-postgres.sh)");
  const sandbox = await startSandboxProcess({ SANDBOX_ASYNC_DELAY_MS: "200" });
  process.env.SANDBOX_URL = sandbox.url;
  process.env.CHORUS_ENV = "sandbox";
  // Generated keys go to a throw-away folder, not the developer's .data/.
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-it-"));
  const { applyMigrations } = await import("../lib/db/migrate");
  const { closeDb } = await import("../lib/db/client");
  await applyMigrations();
  await closeDb();
  return async () => {
    await sandbox.stop();
  };
}
