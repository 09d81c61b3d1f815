import { cache } from "react";
import { cookies, headers } from "next/headers";
import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { accounts, rattachements, technicalAccounts } from "@/lib/db/schema";
import { isRole, type Role } from "@/lib/auth/roles";
import { readSession } from "@/lib/auth/session";

export type Rattachement = {
  idStructureCPP: number;
  identifiantStructure: string;
  designationStructure: string;
  roles: Role[];
  idUtilisateurCourant: number | null;
};

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  rattachements: Rattachement[];
  roles: Role[];
};

export type TechnicalAccountRef = { id: string; login: string; passwordEnc: string };

// The technical account of each rattachement, read by the same query but kept off the object:
// a Rattachement may be passed to a client component, the (encrypted) password must not follow.
// Keyed by the request's own objects, so nothing outlives the request (chorus-context.ts).
const technicalAccountOf = new WeakMap<Rattachement, TechnicalAccountRef | null>();

/** What getCurrentUser read for this rattachement: undefined when it was built elsewhere. */
export function technicalAccountLoadedFor(r: Rattachement): TechnicalAccountRef | null | undefined {
  return technicalAccountOf.get(r);
}

// One statement, prepared once per database handle (a named statement on PostgreSQL): the
// account, its rattachements and their technical accounts. It runs on every request.
function prepare(db: Db) {
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      disabled: accounts.disabled,
      sessionVersion: accounts.sessionVersion,
      idStructureCPP: rattachements.idStructureCPP,
      identifiantStructure: rattachements.identifiantStructure,
      designationStructure: rattachements.designationStructure,
      roles: rattachements.roles,
      idUtilisateurCourant: rattachements.idUtilisateurCourant,
      taId: technicalAccounts.id,
      taLogin: technicalAccounts.login,
      taPasswordEnc: technicalAccounts.passwordEnc,
    })
    .from(accounts)
    .leftJoin(rattachements, eq(rattachements.accountId, accounts.id))
    .leftJoin(technicalAccounts, eq(technicalAccounts.idStructureCPP, rattachements.idStructureCPP))
    .where(eq(accounts.id, sql.placeholder("id")))
    .prepare("current_user");
}
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

const byName = new Intl.Collator("fr");

/** The account (null when missing, disabled or not of this session version) and its rattachements. */
export async function loadUser(id: string, sessionVersion: number): Promise<CurrentUser | null> {
  const db = getDb();
  let statement = prepared.get(db);
  if (!statement) prepared.set(db, (statement = prepare(db)));
  const rows = await statement.execute({ id });
  const account = rows[0];
  if (!account || account.disabled || account.sessionVersion !== sessionVersion) return null;
  const list: Rattachement[] = [];
  for (const r of rows) {
    // A left join: an account without rattachement comes back as one row of nulls.
    if (r.idStructureCPP === null || r.identifiantStructure === null || r.designationStructure === null) continue;
    const rattachement: Rattachement = {
      idStructureCPP: r.idStructureCPP,
      identifiantStructure: r.identifiantStructure,
      designationStructure: r.designationStructure,
      roles: (r.roles ?? []).filter(isRole),
      idUtilisateurCourant: r.idUtilisateurCourant,
    };
    technicalAccountOf.set(rattachement, r.taId && r.taLogin && r.taPasswordEnc ? { id: r.taId, login: r.taLogin, passwordEnc: r.taPasswordEnc } : null);
    list.push(rattachement);
  }
  list.sort((a, b) => byName.compare(a.designationStructure, b.designationStructure));
  const roles = [...new Set(list.flatMap((r) => r.roles))];
  return { id: account.id, email: account.email, name: account.name, rattachements: list, roles };
}

// Read from the database on every request (memoised per request): a disabled account, a
// password reset or a removed rattachement takes effect at once, whatever the cookie says.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession(await cookies(), await headers());
  if (!session) return null;
  return loadUser(session.id, session.sessionVersion);
});
