import "server-only";
// Portal accounts seen through an admin's structures: an admin only lists and changes accounts
// attached to a structure it administers (there is no global super-admin).
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accounts, rattachements } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export interface AdminAccountRow {
  id: string; email: string; name: string; disabled: boolean; lastLoginAt: Date | null;
  rattachements: { idStructureCPP: number; designationStructure: string; roles: string[]; idUtilisateurCourant: number | null }[];
  /** designations of the account's other structures: account-wide actions are then refused */
  otherStructures: string[];
}

export async function listAccountsOf(structureIds: number[]): Promise<AdminAccountRow[]> {
  if (!structureIds.length) return [];
  const db = getDb();
  const ids = (await db.selectDistinct({ id: rattachements.accountId }).from(rattachements).where(inArray(rattachements.idStructureCPP, structureIds))).map((r) => r.id);
  if (!ids.length) return [];
  const [rows, ratts] = await Promise.all([
    db.select().from(accounts).where(inArray(accounts.id, ids)).orderBy(accounts.email),
    db.select().from(rattachements).where(inArray(rattachements.accountId, ids)),
  ]);
  const mine = new Set(structureIds);
  return rows.map((a) => {
    const own = ratts.filter((r) => r.accountId === a.id);
    return {
      id: a.id, email: a.email, name: a.name, disabled: a.disabled, lastLoginAt: a.lastLoginAt,
      // Roles and Chorus Pro ids elsewhere are none of this admin's business; only the names of the
      // other structures are shown, to explain why the account-wide actions are refused.
      rattachements: own.filter((r) => mine.has(r.idStructureCPP)).map((r) => ({ idStructureCPP: r.idStructureCPP, designationStructure: r.designationStructure, roles: r.roles, idUtilisateurCourant: r.idUtilisateurCourant })),
      otherStructures: own.filter((r) => !mine.has(r.idStructureCPP)).map((r) => r.designationStructure),
    };
  });
}

/**
 * The account's rattachements outside `administered`. An account-wide change (disable, password)
 * reaches every structure the account acts for, so it needs an admin of all of them: otherwise the
 * admin of A could take over the access of B's users.
 */
export async function structuresOutside(accountId: string, administered: number[]): Promise<{ idStructureCPP: number; designationStructure: string }[]> {
  return getDb().select({ idStructureCPP: rattachements.idStructureCPP, designationStructure: rattachements.designationStructure }).from(rattachements)
    .where(and(eq(rattachements.accountId, accountId), administered.length ? notInArray(rattachements.idStructureCPP, administered) : undefined))
    .orderBy(rattachements.designationStructure);
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

// An account of the caller's own structures is in its list: saying so reveals nothing. Any other
// account is none of its business: the message must not tell whether, or where, it exists.
export const EMAIL_IN_YOUR_STRUCTURES = "Un compte existe déjà avec cette adresse sur l'une de vos structures : ouvrez sa fiche dans la liste ci-dessus pour lui attribuer un rattachement.";
export const EMAIL_UNAVAILABLE = "Cette adresse e-mail ne peut pas être utilisée pour créer un compte. Vérifiez-la ou choisissez-en une autre. Si la personne a déjà un compte du portail, seul un administrateur de sa structure qui administre aussi la vôtre peut l'y rattacher.";

const isUniqueViolation = (err: unknown) => Boolean(err && typeof err === "object" && "code" in err && err.code === "23505");

/** `administered`: the caller's admin structures, to word the "already exists" answer. */
export async function createAccount(input: { email: string; name: string; password: string; roles: Role[]; idUtilisateurCourant: number | null }, structure: StructureRef, administered: number[] = [structure.idStructureCPP]) {
  const db = getDb();
  const email = input.email.toLowerCase();
  const taken = async () => {
    const [existing] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email)).limit(1);
    if (!existing) return null;
    return new AdminInputError((await isAttachedToAny(existing.id, administered)) ? EMAIL_IN_YOUR_STRUCTURES : EMAIL_UNAVAILABLE, "email");
  };
  const before = await taken();
  if (before) throw before;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [a] = await tx.insert(accounts).values({ email, name: input.name, passwordHash }).returning({ id: accounts.id });
      if (!a) throw new Error("account insert returned nothing");
      await tx.insert(rattachements).values({ accountId: a.id, ...structure, roles: input.roles, idUtilisateurCourant: input.idUtilisateurCourant });
      return { id: a.id };
    });
  } catch (err) {
    // Created by someone else between the check and the insert: the same answer, not a 500.
    if (isUniqueViolation(err) || isUniqueViolation((err as { cause?: unknown } | null)?.cause)) throw (await taken()) ?? err;
    throw err;
  }
}

async function isAttachedToAny(accountId: string, structureIds: number[]): Promise<boolean> {
  if (!structureIds.length) return false;
  const [row] = await getDb().select({ id: rattachements.id }).from(rattachements)
    .where(and(eq(rattachements.accountId, accountId), inArray(rattachements.idStructureCPP, structureIds))).limit(1);
  return Boolean(row);
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
