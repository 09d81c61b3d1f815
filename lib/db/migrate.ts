import path from "node:path";
import { Client } from "pg";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { env } from "@/lib/env";
import { getDbHandle } from "@/lib/db/client";

const migrationsFolder = path.join(process.cwd(), "drizzle");
// Arbitrary constant: serialises migrations when several portal instances start together.
const MIGRATION_LOCK = 727_000_001;

export async function applyMigrations(): Promise<void> {
  if (!env.DATABASE_URL) {
    const { db } = getDbHandle();
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // A dedicated connection: an advisory lock belongs to the session that took it.
  const client = new Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
