import { and, count, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";

// Failed sign-ins are stored in the database, not in memory, so the limit holds across several
// portal instances.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 60_000;

function keys(email: string, ip: string): string[] {
  return [`account:${email.trim().toLowerCase()}`, `ip:${ip}`];
}

export async function isThrottled(email: string, ip: string): Promise<boolean> {
  const db = getDb();
  const since = new Date(Date.now() - WINDOW_MS);
  for (const key of keys(email, ip)) {
    const [row] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
    if ((row?.n ?? 0) >= MAX_FAILURES) return true;
  }
  return false;
}

export async function recordFailure(email: string, ip: string): Promise<void> {
  const db = getDb();
  await db.insert(loginAttempts).values(keys(email, ip).map((key) => ({ key })));
  // Opportunistic clean-up keeps the table small without a scheduler.
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 10 * WINDOW_MS)));
}

export async function clearFailures(email: string): Promise<void> {
  await getDb()
    .delete(loginAttempts)
    .where(inArray(loginAttempts.key, [`account:${email.trim().toLowerCase()}`]));
}
