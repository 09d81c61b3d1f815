import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { lastVisits, structureSettings } from "@/lib/db/schema/public-side";
import { DEFAULT_DELAY_DAYS } from "../[id]/_components/payment-delay";

// Portal-side state of the recipient space (not in Chorus Pro): last visits and structure settings.

const SPACE = "recues";

/** The previous visit of this account to this structure's list (null on the first one). */
export async function getLastVisit(accountId: string, idStructureCPP: number): Promise<Date | null> {
  const [row] = await getDb().select({ visitedAt: lastVisits.visitedAt }).from(lastVisits)
    .where(and(eq(lastVisits.accountId, accountId), eq(lastVisits.idStructureCPP, idStructureCPP), eq(lastVisits.space, SPACE))).limit(1);
  return row?.visitedAt ?? null;
}

/** Records that the list was shown now; returns the visit before it. */
export async function recordVisit(accountId: string, idStructureCPP: number): Promise<Date | null> {
  const previous = await getLastVisit(accountId, idStructureCPP);
  await getDb().insert(lastVisits).values({ accountId, idStructureCPP, space: SPACE, visitedAt: new Date() })
    .onConflictDoUpdate({ target: [lastVisits.accountId, lastVisits.idStructureCPP, lastVisits.space], set: { visitedAt: sql`now()` } });
  return previous;
}

/** The structure's legal payment period, and whether it was set by a gestionnaire. */
export async function getPaymentDelayDays(idStructureCPP: number): Promise<{ days: number; configured: boolean }> {
  const [row] = await getDb().select({ days: structureSettings.paymentDelayDays }).from(structureSettings)
    .where(eq(structureSettings.idStructureCPP, idStructureCPP)).limit(1);
  return row?.days ? { days: row.days, configured: true } : { days: DEFAULT_DELAY_DAYS, configured: false };
}

export async function setPaymentDelayDays(idStructureCPP: number, days: number, accountId: string): Promise<void> {
  await getDb().insert(structureSettings).values({ idStructureCPP, paymentDelayDays: days, updatedBy: accountId, updatedAt: new Date() })
    .onConflictDoUpdate({ target: structureSettings.idStructureCPP, set: { paymentDelayDays: days, updatedBy: accountId, updatedAt: new Date() } });
}
