import { describe, expect, it } from "vitest";
import { auditFilterSchema, auditHref, createAccountSchema, importRattachementsSchema, parseAuditFilter, setDisabledSchema, setRattachementSchema, technicalAccountSchema } from "./admin";

const uuid = "0f6b2a1e-8c4d-4e7a-9b3f-5a1c2d3e4f61";

describe("admin validations", () => {
  it("creates an account with a lower-cased e-mail, roles and an optional Chorus Pro user id", () => {
    const r = createAccountSchema.parse({ idStructureCPP: "27000001", email: "Camille@Exemple.FR", name: "Camille", password: "motdepasse-2026", roles: ["fournisseur"], idUtilisateurCourant: "" });
    expect(r).toMatchObject({ idStructureCPP: 27000001, email: "camille@exemple.fr", idUtilisateurCourant: null });
  });

  it("refuses weak passwords, unknown roles, no role, with French messages", () => {
    const r = createAccountSchema.safeParse({ idStructureCPP: 1, email: "pas-un-mail", name: "C", password: "court", roles: [] });
    const msgs = r.error?.issues.map((i) => i.message).join(" | ") ?? "";
    expect(msgs).toMatch(/Adresse e-mail invalide/);
    expect(msgs).toMatch(/au moins 12 caractères/);
    expect(msgs).toMatch(/au moins un rôle/);
    expect(setRattachementSchema.safeParse({ idStructureCPP: 1, accountId: uuid, roles: ["roi"] }).success).toBe(false);
    expect(createAccountSchema.safeParse({ idStructureCPP: 1, email: "a@b.fr", name: "Ca", password: "aaaaaaaaaaaaaaa", roles: ["admin"] }).success).toBe(false);
  });

  it("spots a PISTE client_id typed as a technical account login", () => {
    const r = technicalAccountSchema.safeParse({ idStructureCPP: 1, login: "0f6b2a1e-8c4d-4e7a-9b3f-5a1c2d3e4f61", password: "x" });
    expect(r.error?.issues[0]?.message).toMatch(/client_id PISTE/);
    expect(technicalAccountSchema.safeParse({ idStructureCPP: 1, login: "TECH_1_12345678@cpro.fr", password: "x" }).success).toBe(true);
  });

  it("ignores malformed audit filters and keeps the rest in the URL", () => {
    const f = auditFilterSchema.parse({ structure: "abc", resultat: "denied", du: "2026-13", au: "2026-11-27", page: "2" });
    expect(f).toMatchObject({ structure: undefined, resultat: "denied", du: undefined, au: "2026-11-27", page: 2 });
    expect(auditHref("/admin/journal", f, { page: 1 })).toBe("/admin/journal?resultat=denied&au=2026-11-27");
  });

  it("lets only real calendar dates through, and says which filter was ignored", () => {
    for (const du of ["2026-13-01", "2026-02-30", "2026-04-31", "2026-00-01"]) expect(auditFilterSchema.parse({ du }).du, du).toBeUndefined();
    expect(auditFilterSchema.parse({ du: "2028-02-29" }).du).toBe("2028-02-29");
    expect(parseAuditFilter({ du: "2026-13-01", au: "2026-11-27" })).toEqual({ filter: expect.objectContaining({ du: undefined, au: "2026-11-27" }), problems: { du: "invalidDate" } });
    expect(parseAuditFilter({ du: "2026-11-27", au: "2026-11-01" })).toEqual({ filter: expect.objectContaining({ du: "2026-11-27", au: undefined }), problems: { au: "endBeforeStart" } });
    expect(parseAuditFilter({ du: "2026-11-27", au: "2026-11-27" }).problems).toEqual({});
  });

  it("answers in French where zod would answer in English", () => {
    const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];
    const base = { idStructureCPP: 1, accountId: uuid, roles: ["fournisseur"] };
    for (const idUtilisateurCourant of ["1.5", "abc", "-1", "1e30"]) {
      expect(messages(setRattachementSchema.safeParse({ ...base, idUtilisateurCourant })), idUtilisateurCourant).toEqual([expect.stringMatching(/^L'identifiant utilisateur Chorus Pro est un nombre entier positif/)]);
    }
    expect(messages(importRattachementsSchema.safeParse({ ...base, idUtilisateur: "1.5" }))).toEqual([expect.stringMatching(/nombre entier positif/)]);
    const long = `${"a".repeat(200)}@exemple.fr`;
    expect(messages(createAccountSchema.safeParse({ idStructureCPP: 1, email: long, name: "Camille", password: "motdepasse-2026", roles: ["fournisseur"] }))).toEqual(["L'adresse e-mail est limitée à 200 caractères."]);
    expect(messages(technicalAccountSchema.safeParse({ idStructureCPP: 1, login: `TECH_${"1".repeat(200)}@cpro.fr`, password: "x" }))).toEqual([expect.stringMatching(/limité à 200 caractères/)]);
    // Missing or mistyped fields (a forged call) too.
    const all = [
      ...messages(createAccountSchema.safeParse({})), ...messages(setDisabledSchema.safeParse({ idStructureCPP: "x", accountId: 3, disabled: "oui" })),
      ...messages(technicalAccountSchema.safeParse({ idStructureCPP: 1.5 })), ...messages(setRattachementSchema.safeParse({ idStructureCPP: 1, accountId: uuid, roles: "admin" })),
    ];
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((m) => /Invalid|expected|Too (big|small)/.test(m))).toEqual([]);
  });
});
