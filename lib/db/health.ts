import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

/** True when the database answers a trivial query within `ms`. */
export async function dbReachable(ms = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([getDb().execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
