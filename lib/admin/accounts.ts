import "server-only";
// Portal accounts seen through an admin's structures: an admin only lists and changes accounts
// attached to a structure it administers (there is no global super-admin).
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accounts, rattachements } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export interface AdminAccountRow {
  id: string; email: string; name: string; disabled: boolean; lastLoginAt: Date | null;
  rattachements: { idStructureCPP: number; designationStructure: string; roles: string[]; idUtilisateurCourant: number | null }[];
}

export async function listAccountsOf(structureIds: number[]): Promise<AdminAccountRow[]> {
  if (!structureIds.length) return [];
  const db = getDb();
  const ids = (await db.selectDistinct({ id: rattachements.accountId }).from(rattachements).where(inArray(rattachements.idStructureCPP, structureIds))).map((r) => r.id);
  if (!ids.length) return [];
  const [rows, ratts] = await Promise.all([
    db.select().from(accounts).where(inArray(accounts.id, ids)).orderBy(accounts.email),
    // Only the rattachements on the admin's structures: the others are none of its business.
    db.select().from(rattachements).where(and(inArray(rattachements.accountId, ids), inArray(rattachements.idStructureCPP, structureIds))),
  ]);
  return rows.map((a) => ({
    id: a.id, email: a.email, name: a.name, disabled: a.disabled, lastLoginAt: a.lastLoginAt,
    rattachements: ratts.filter((r) => r.accountId === a.id).map((r) => ({ idStructureCPP: r.idStructureCPP, designationStructure: r.designationStructure, roles: r.roles, idUtilisateurCourant: r.idUtilisateurCourant })),
  }));
}

/** true when the account is attached to the structure (the admin's scope over that account) */
export async function isAttached(accountId: string, idStructureCPP: number): Promise<boolean> {
  const [row] = await getDb().select({ id: rattachements.id }).from(rattachements)
    .where(and(eq(rattachements.accountId, accountId), eq(rattachements.idStructureCPP, idStructureCPP))).limit(1);
  return Boolean(row);
}

export class AdminInputError extends Error {
  constructor(readonly userMessage: string, readonly field?: string) { super(userMessage); }
}

export type StructureRef = { idStructureCPP: number; identifiantStructure: string; designationStructure: string };

export async function createAccount(input: { email: string; name: string; password: string; roles: Role[]; idUtilisateurCourant: number | null }, structure: StructureRef) {
  const db = getDb();
  const [existing] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, input.email.toLowerCase())).limit(1);
  if (existing) throw new AdminInputError(`Un compte existe déjà avec l'adresse ${input.email}. Attribuez-lui un rattachement depuis sa fiche plutôt que d'en créer un autre.`, "email");
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [a] = await tx.insert(accounts).values({ email: input.email.toLowerCase(), name: input.name, passwordHash }).returning({ id: accounts.id });
    if (!a) throw new Error("account insert returned nothing");
    await tx.insert(rattachements).values({ accountId: a.id, ...structure, roles: input.roles, idUtilisateurCourant: input.idUtilisateurCourant });
    return { id: a.id };
  });
}

// Disabling or a new password bumps sessionVersion: sessions issued before are refused at once.
export async function setDisabled(accountId: string, disabled: boolean) {
  await getDb().update(accounts).set({ disabled, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(accounts.id, accountId));
}

export async function resetPassword(accountId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await getDb().update(accounts).set({ passwordHash, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(accounts.id, accountId));
}

export async function upsertRattachement(accountId: string, structure: StructureRef, roles: Role[], idUtilisateurCourant: number | null) {
  await getDb().insert(rattachements).values({ accountId, ...structure, roles, idUtilisateurCourant })
    .onConflictDoUpdate({ target: [rattachements.accountId, rattachements.idStructureCPP], set: { roles, idUtilisateurCourant, designationStructure: structure.designationStructure } });
}

export async function removeRattachement(accountId: string, idStructureCPP: number) {
  await getDb().delete(rattachements).where(and(eq(rattachements.accountId, accountId), eq(rattachements.idStructureCPP, idStructureCPP)));
}
