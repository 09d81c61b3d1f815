import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accounts, auditLog, outbox, technicalAccounts } from "@/lib/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { EMAIL_UNAVAILABLE, createAccount, isAttached, listAccountsOf, removeRattachement, resetPassword, setDisabled, structuresOutside, upsertRattachement } from "./accounts";
import { searchAudit, walkAudit } from "./audit-log";
import { retryFailed } from "./outbox-health";
import { listTechnicalAccounts, noteChorusFailure, saveTechnicalAccount } from "./technical-accounts";
import { ChorusProError } from "@/lib/chorus-pro/errors";

const sA = 91_000_000 + Math.floor(Math.random() * 900_000);
const sB = sA + 1;
const ref = (id: number) => ({ idStructureCPP: id, identifiantStructure: String(id), designationStructure: `S${id}` });
const email = () => `int-${Date.now()}-${Math.random().toString(36).slice(2)}@exemple.test`;

describe("admin queries on PostgreSQL", () => {
  it("scopes accounts by structure; disable and reset bump sessionVersion; rattachements come and go", async () => {
    const e = email();
    const { id } = await createAccount({ email: e, name: "Int", password: "motdepasse-2026", roles: ["fournisseur"], idUtilisateurCourant: 1001 }, ref(sA));
    await expect(createAccount({ email: e.toUpperCase(), name: "Int", password: "motdepasse-2026", roles: ["fournisseur"], idUtilisateurCourant: null }, ref(sA))).rejects.toThrow(/existe déjà/);
    expect((await listAccountsOf([sA])).map((a) => a.email)).toContain(e);
    expect((await listAccountsOf([sB])).map((a) => a.email)).not.toContain(e);
    expect(await isAttached(id, sB)).toBe(false);
    const v0 = (await getDb().select().from(accounts).where(eq(accounts.id, id)))[0]!.sessionVersion;
    await resetPassword(id, "autre-mdp-2026");
    await setDisabled(id, true);
    const after = (await getDb().select().from(accounts).where(eq(accounts.id, id)))[0]!;
    expect(after.sessionVersion).toBe(v0 + 2);
    expect(after.disabled).toBe(true);
    await upsertRattachement(id, ref(sB), ["admin"], null);
    expect(await isAttached(id, sB)).toBe(true);
    const listed = (await listAccountsOf([sB]))[0]!;
    expect(listed.rattachements.map((r) => r.idStructureCPP)).toEqual([sB]);
    await removeRattachement(id, sB);
    expect(await isAttached(id, sB)).toBe(false);
  });

  it("knows the structures of an account outside an admin's scope (account-wide actions need none)", async () => {
    const { id } = await createAccount({ email: email(), name: "Partagé", password: "motdepasse-2026", roles: ["fournisseur"], idUtilisateurCourant: null }, ref(sA));
    expect(await structuresOutside(id, [sA])).toEqual([]);
    await upsertRattachement(id, ref(sB), ["gestionnaire"], null);
    expect(await structuresOutside(id, [sA])).toEqual([{ idStructureCPP: sB, designationStructure: `S${sB}` }]);
    expect(await structuresOutside(id, [sA, sB])).toEqual([]);
    expect((await structuresOutside(id, [])).length).toBe(2);
    const listed = (await listAccountsOf([sA])).find((a) => a.id === id)!;
    expect(listed.rattachements.map((r) => r.idStructureCPP)).toEqual([sA]);
    expect(listed.otherStructures).toEqual([`S${sB}`]);
  });

  it("does not tell an admin whether, or where, an e-mail of another structure has an account", async () => {
    const e = email();
    await createAccount({ email: e, name: "Ailleurs", password: "motdepasse-2026", roles: ["fournisseur"], idUtilisateurCourant: null }, ref(sB));
    const again = createAccount({ email: e, name: "Doublon", password: "motdepasse-2026", roles: ["fournisseur"], idUtilisateurCourant: null }, ref(sA), [sA]);
    await expect(again).rejects.toMatchObject({ userMessage: EMAIL_UNAVAILABLE, field: "email" });
    expect(EMAIL_UNAVAILABLE).not.toMatch(/existe|S\d/);
  });

  it("stores the technical account password encrypted only, and flags 401s", async () => {
    await saveTechnicalAccount(sA, "TECH_INT@cpro.fr", "secret-Int-1");
    const [row] = await getDb().select().from(technicalAccounts).where(eq(technicalAccounts.idStructureCPP, sA));
    expect(row!.passwordEnc).not.toContain("secret-Int-1");
    expect(decryptSecret(row!.passwordEnc)).toBe("secret-Int-1");
    const view = (await listTechnicalAccounts([sA]))[0]!;
    expect(Object.keys(view)).not.toContain("passwordEnc");
    await noteChorusFailure(sA, new ChorusProError({ kind: "server_error", operation: "x", httpStatus: 500 }));
    expect((await listTechnicalAccounts([sA]))[0]!.lastAuthFailureAt).toBeNull();
    await noteChorusFailure(sA, new ChorusProError({ kind: "technical_account_invalid", operation: "x", httpStatus: 401 }));
    expect((await listTechnicalAccounts([sA]))[0]!.lastAuthFailureAt).toBeInstanceOf(Date);
  });

  it("filters the audit log within the admin's structures, and walks it for the export", async () => {
    await getDb().insert(auditLog).values([
      { action: "int.a", outcome: "success", idStructureCPP: sA, accountEmail: "x@exemple.test", subjectId: "F1" },
      { action: "int.b", outcome: "denied", idStructureCPP: sA, accountEmail: "y@exemple.test" },
      { action: "int.a", outcome: "success", idStructureCPP: sB },
    ]);
    const base = { page: 1 } as const;
    expect((await searchAudit(base, [sA])).total).toBe(2);
    expect((await searchAudit({ ...base, facture: "F1" }, [sA])).rows.map((r) => r.action)).toEqual(["int.a"]);
    expect((await searchAudit({ ...base, resultat: "denied" }, [sA])).total).toBe(1);
    expect((await searchAudit({ ...base, structure: sB }, [sA])).total).toBe(0);
    const all: string[] = [];
    for await (const r of walkAudit(base, [sA, sB], 1)) all.push(r.action);
    expect(all.sort()).toEqual(["int.a", "int.a", "int.b"]);
  });

  it("reads « Du » and « Au » as Paris days", async () => {
    const s = sA + 7;
    await getDb().insert(auditLog).values([
      // 26/11 23:30 in Paris, 27/11 00:30 in Paris, 27/11 23:59 in Paris, 28/11 00:00 in Paris
      { action: "int.paris.avant", outcome: "success", idStructureCPP: s, at: new Date("2026-11-26T22:30:00Z") },
      { action: "int.paris.debut", outcome: "success", idStructureCPP: s, at: new Date("2026-11-26T23:30:00Z") },
      { action: "int.paris.fin", outcome: "success", idStructureCPP: s, at: new Date("2026-11-27T22:59:00Z") },
      { action: "int.paris.apres", outcome: "success", idStructureCPP: s, at: new Date("2026-11-27T23:00:00Z") },
    ]);
    const day = await searchAudit({ page: 1, du: "2026-11-27", au: "2026-11-27" }, [s]);
    expect(day.rows.map((r) => r.action).sort()).toEqual(["int.paris.debut", "int.paris.fin"]);
  });

  it("retries only a failed outbox row of the given structure", async () => {
    const [ta] = await getDb().select().from(technicalAccounts).where(eq(technicalAccounts.idStructureCPP, sA));
    const [row] = await getDb().insert(outbox).values({ kind: "int.kind", idStructureCPP: sA, technicalAccountId: ta!.id, payload: {}, status: "failed" }).returning({ id: outbox.id });
    expect(await retryFailed(row!.id, sB)).toBe(false);
    expect(await retryFailed(row!.id, sA)).toBe(true);
    expect(await retryFailed(row!.id, sA)).toBe(false);
    await getDb().delete(outbox).where(eq(outbox.id, row!.id));
  });
});
