import { cache } from "react";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { getDb } from "@/lib/db/client";
import { accounts, rattachements } from "@/lib/db/schema";
import { isRole, type Role } from "@/lib/auth/roles";

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

// Read from the database on every request (memoised per request): a disabled account, a
// password reset or a removed rattachement takes effect at once, whatever the JWT says.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = getDb();
  const [account] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!account || account.disabled || account.sessionVersion !== session.user.sessionVersion) return null;
  const rows = await db.select().from(rattachements).where(eq(rattachements.accountId, id));
  const list: Rattachement[] = rows
    .map((r) => ({
      idStructureCPP: r.idStructureCPP,
      identifiantStructure: r.identifiantStructure,
      designationStructure: r.designationStructure,
      roles: r.roles.filter(isRole),
      idUtilisateurCourant: r.idUtilisateurCourant,
    }))
    .sort((a, b) => a.designationStructure.localeCompare(b.designationStructure, "fr"));
  const roles = [...new Set(list.flatMap((r) => r.roles))];
  return { id: account.id, email: account.email, name: account.name, rattachements: list, roles };
});
