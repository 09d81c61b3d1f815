import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { accounts, rattachements, technicalAccounts } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { isRole } from "@/lib/auth/roles";
import { encryptSecret } from "@/lib/crypto";
import type { SandboxManifest } from "@/lib/demo/manifest";

export const DEMO_PASSWORD = "sandbox";
export const demoEmail = (persona: string) => `${persona}@sandbox.test`;

/**
 * Creates or refreshes the demo accounts of the sandbox's personas, their rattachements and
 * the technical accounts of their structures. Idempotent: run at every start in sandbox mode,
 * so a reset sandbox (new passwords) is picked up.
 */
export async function syncDemoAccounts(db: Db, manifest: SandboxManifest): Promise<number> {
  const structures = new Map(manifest.structures.map((s) => [s.idStructureCPP, s]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let count = 0;
  await db.transaction(async (tx) => {
    for (const ta of manifest.technicalAccounts) {
      const values = {
        idStructureCPP: ta.idStructureCPP,
        login: ta.login,
        passwordEnc: encryptSecret(ta.password),
        passwordExpiresAt: ta.dateExpirationMotPasse?.slice(0, 10) ?? null,
        updatedAt: new Date(),
      };
      await tx.insert(technicalAccounts).values(values).onConflictDoUpdate({ target: technicalAccounts.idStructureCPP, set: values });
    }
    for (const user of manifest.users) {
      if (!user.persona) continue;
      const email = demoEmail(user.persona);
      const name = [user.prenom, user.nom].filter(Boolean).join(" ") || email;
      const [account] = await tx
        .insert(accounts)
        .values({ email, name, passwordHash })
        .onConflictDoUpdate({ target: accounts.email, set: { name, updatedAt: new Date() } })
        .returning({ id: accounts.id });
      if (!account) continue;
      await tx.delete(rattachements).where(eq(rattachements.accountId, account.id));
      for (const r of user.rattachements) {
        const s = structures.get(r.idStructureCPP);
        await tx.insert(rattachements).values({
          accountId: account.id,
          idStructureCPP: r.idStructureCPP,
          identifiantStructure: s?.identifiantStructure ?? String(r.idStructureCPP),
          designationStructure: s?.designationStructure ?? String(r.idStructureCPP),
          roles: r.roles.filter(isRole),
          idUtilisateurCourant: user.idUtilisateur,
        });
      }
      count++;
    }
  });
  return count;
}
