import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accounts, rattachements, technicalAccounts } from "@/lib/db/schema";
import { chorusContextFor, MissingTechnicalAccountError } from "./chorus-context";
import { loadUser, technicalAccountLoadedFor } from "./current-user";

const base = 92_000_000 + Math.floor(Math.random() * 900_000);
const email = () => `cu-${Date.now()}-${Math.random().toString(36).slice(2)}@exemple.test`;

async function account(): Promise<string> {
  const [row] = await getDb().insert(accounts).values({ email: email(), name: "Int" }).returning({ id: accounts.id });
  return row!.id;
}

async function attach(accountId: string, idStructureCPP: number, designation: string, roles: string[]) {
  await getDb().insert(rattachements).values({ accountId, idStructureCPP, identifiantStructure: String(idStructureCPP), designationStructure: designation, roles, idUtilisateurCourant: 1001 });
}

describe("getCurrentUser's single query (loadUser) on PostgreSQL", () => {
  it("reads the account with its rattachements in French order, roles filtered, and their technical accounts", async () => {
    const id = await account();
    await attach(id, base + 1, "Zénith SARL", ["fournisseur", "not-a-role"]);
    await attach(id, base + 2, "École publique", ["gestionnaire"]);
    await getDb().insert(technicalAccounts).values({ idStructureCPP: base + 1, login: `TECH_${base}`, passwordEnc: "enc" });

    const user = (await loadUser(id, 1))!;
    expect(user.rattachements.map((r) => r.designationStructure)).toEqual(["École publique", "Zénith SARL"]);
    expect(user.rattachements[1]).toEqual({ idStructureCPP: base + 1, identifiantStructure: String(base + 1), designationStructure: "Zénith SARL", roles: ["fournisseur"], idUtilisateurCourant: 1001 });
    expect(user.roles.sort()).toEqual(["fournisseur", "gestionnaire"]);
    // The technical account rides along off the object (never serialised with it)…
    expect(JSON.stringify(user)).not.toContain("enc");
    const zenith = user.rattachements[1]!;
    expect(technicalAccountLoadedFor(zenith)).toMatchObject({ login: `TECH_${base}`, passwordEnc: "enc" });
    expect(technicalAccountLoadedFor(user.rattachements[0]!)).toBeNull();
    // …and chorusContextFor uses it, or reads it when the rattachement was built elsewhere.
    await expect(chorusContextFor(zenith)).resolves.toMatchObject({ technicalAccount: { login: `TECH_${base}` }, idUtilisateurCourant: 1001 });
    await expect(chorusContextFor({ ...zenith })).resolves.toMatchObject({ technicalAccount: { login: `TECH_${base}` } });
    await expect(chorusContextFor(user.rattachements[0]!)).rejects.toBeInstanceOf(MissingTechnicalAccountError);
  });

  it("takes effect at once: disabled account, other session version, removed rattachement", async () => {
    const id = await account();
    await attach(id, base + 3, "S3", ["fournisseur"]);
    expect((await loadUser(id, 1))?.rattachements).toHaveLength(1);
    await getDb().delete(rattachements).where(eq(rattachements.accountId, id));
    expect(await loadUser(id, 1)).toMatchObject({ rattachements: [], roles: [] });
    await getDb().update(accounts).set({ sessionVersion: sql`${accounts.sessionVersion} + 1` }).where(eq(accounts.id, id));
    expect(await loadUser(id, 1)).toBeNull();
    expect(await loadUser(id, 2)).not.toBeNull();
    await getDb().update(accounts).set({ disabled: true }).where(eq(accounts.id, id));
    expect(await loadUser(id, 2)).toBeNull();
    expect(await loadUser("00000000-0000-4000-8000-000000000000", 1)).toBeNull();
  });
});
