import "server-only";
// Technical accounts per structure. The password is encrypted on the way in and never read back
// here: only lib/chorus-pro decrypts it, for a call.
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { technicalAccounts } from "@/lib/db/schema";
import { encryptSecret } from "@/lib/crypto";
import { isChorusProError } from "@/lib/chorus-pro/errors";

export const EXPIRY_WARNING_DAYS = 30;

export interface TechnicalAccountView {
  idStructureCPP: number; login: string; passwordExpiresAt: string | null; lastCheckAt: Date | null; lastCheckOk: boolean | null; lastAuthFailureAt: Date | null; updatedAt: Date;
}

const viewColumns = {
  idStructureCPP: technicalAccounts.idStructureCPP, login: technicalAccounts.login, passwordExpiresAt: technicalAccounts.passwordExpiresAt,
  lastCheckAt: technicalAccounts.lastCheckAt, lastCheckOk: technicalAccounts.lastCheckOk, lastAuthFailureAt: technicalAccounts.lastAuthFailureAt, updatedAt: technicalAccounts.updatedAt,
};

export async function listTechnicalAccounts(structureIds: number[]): Promise<TechnicalAccountView[]> {
  if (!structureIds.length) return [];
  return getDb().select(viewColumns).from(technicalAccounts).where(inArray(technicalAccounts.idStructureCPP, structureIds));
}

/** Records (or replaces) the login and password; the check results of the old one are dropped. */
export async function saveTechnicalAccount(idStructureCPP: number, login: string, password: string) {
  const passwordEnc = encryptSecret(password);
  const fresh = { login, passwordEnc, passwordExpiresAt: null, lastCheckAt: null, lastCheckOk: null, lastAuthFailureAt: null, updatedAt: new Date() };
  await getDb().insert(technicalAccounts).values({ idStructureCPP, ...fresh }).onConflictDoUpdate({ target: technicalAccounts.idStructureCPP, set: fresh });
}

export async function recordCheck(idStructureCPP: number, ok: boolean, passwordExpiresAt?: string | null) {
  await getDb().update(technicalAccounts).set({
    lastCheckAt: new Date(), lastCheckOk: ok, ...(ok ? { lastAuthFailureAt: null } : {}),
    ...(passwordExpiresAt !== undefined ? { passwordExpiresAt } : {}),
  }).where(eq(technicalAccounts.idStructureCPP, idStructureCPP));
}

const AUTH_KINDS = new Set(["technical_account_invalid", "technical_account_expired", "unauthorized"]);
export const isAuthFailure = (err: unknown) => isChorusProError(err) && (AUTH_KINDS.has(err.kind) || err.httpStatus === 401);

/**
 * Call where the portal catches a gateway error for a structure: a 401 marks its technical
 * account so that administrators see it. Never throws (it must not hide the original error).
 */
export async function noteChorusFailure(idStructureCPP: number, err: unknown): Promise<void> {
  if (!isAuthFailure(err)) return;
  try {
    await getDb().update(technicalAccounts).set({ lastAuthFailureAt: new Date() }).where(eq(technicalAccounts.idStructureCPP, idStructureCPP));
  } catch { /* best effort: the caller reports the original failure */ }
}

/** Days until expiry (negative once expired); null when unknown. */
export function daysUntil(date: string | null, now = new Date()): number | null {
  if (!date) return null;
  const end = Date.parse(`${date}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((end - today) / 86_400_000);
}

export function expiryWarnings(list: TechnicalAccountView[], now = new Date()) {
  return list
    .map((t) => ({ idStructureCPP: t.idStructureCPP, days: daysUntil(t.passwordExpiresAt, now), date: t.passwordExpiresAt }))
    .filter((w): w is { idStructureCPP: number; days: number; date: string } => w.days !== null && w.days <= EXPIRY_WARNING_DAYS);
}
