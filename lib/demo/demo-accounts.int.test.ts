import { afterAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/lib/db/client";
import { accounts, rattachements, technicalAccounts } from "@/lib/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { fetchManifest, PERSONAS } from "./manifest";
import { demoEmail, syncDemoAccounts } from "./demo-accounts";

describe("demo accounts from the sandbox manifest", () => {
  afterAll(closeDb);

  it("creates one account per persona with its rattachements and encrypted technical accounts, idempotently", async () => {
    const manifest = await fetchManifest(process.env.SANDBOX_URL!);
    const db = getDb();
    await syncDemoAccounts(db, manifest);
    await syncDemoAccounts(db, manifest);

    const emails = PERSONAS.map(demoEmail);
    const rows = await db.select().from(accounts).where(inArray(accounts.email, emails));
    expect(rows.map((r) => r.email).sort()).toEqual([...emails].sort());

    const multi = rows.find((r) => r.email === "multi@sandbox.test")!;
    const multiRatt = await db.select().from(rattachements).where(eq(rattachements.accountId, multi.id));
    expect(multiRatt.length).toBeGreaterThan(1);
    expect(new Set(multiRatt.flatMap((r) => r.roles)).size).toBeGreaterThan(1);

    const fournisseur = rows.find((r) => r.email === "fournisseur@sandbox.test")!;
    const fr = await db.select().from(rattachements).where(eq(rattachements.accountId, fournisseur.id));
    expect(fr.every((r) => r.roles.includes("fournisseur"))).toBe(true);
    expect(fr[0]?.idUtilisateurCourant).toBeGreaterThan(0);

    const ta = manifest.technicalAccounts[0]!;
    const [stored] = await db.select().from(technicalAccounts).where(eq(technicalAccounts.idStructureCPP, ta.idStructureCPP));
    expect(stored?.passwordEnc).not.toContain(ta.password);
    expect(decryptSecret(stored!.passwordEnc)).toBe(ta.password);
  });
});
