import path from "node:path";
import fs from "node:fs";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { PGlite } from "@electric-sql/pglite";
import { Pool } from "pg";
import { env } from "@/lib/env";
import * as schema from "@/lib/db/schema";

export type Db = NodePgDatabase<typeof schema>;

type Handle = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

// One handle per process (kept on globalThis so dev reloads don't open PGlite twice: PGlite
// allows a single opener per data folder).
const globalForDb = globalThis as unknown as { __chorusDb?: Handle };

function open(): Handle {
  if (env.DATABASE_URL) {
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
    return { db: drizzlePg(pool, { schema }), kind: "postgres", close: () => pool.end() };
  }
  const dir = path.resolve(env.DATA_DIR, "pglite");
  fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  // drizzle's PGlite and node-postgres databases share the query builder API we use.
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

export function getDbHandle(): Handle {
  globalForDb.__chorusDb ??= open();
  return globalForDb.__chorusDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.__chorusDb;
  globalForDb.__chorusDb = undefined;
  await handle?.close();
}
