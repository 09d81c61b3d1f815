import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const m = vi.hoisted(() => ({ user: vi.fn(), note: vi.fn(), audit: vi.fn() }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: m.user }));
vi.mock("@/lib/audit", () => ({ writeAudit: m.audit }));
vi.mock("@/lib/admin/technical-accounts", () => ({ noteChorusFailure: m.note }));
vi.mock("@/lib/log", () => ({ logger: { error: vi.fn() } }));

import { ChorusProError } from "@/lib/chorus-pro/errors";
import { authedAction } from "./result";

const ID = 27000001;
const user = { id: "u1", email: "f@exemple.test", name: "F", roles: ["fournisseur"], rattachements: [{ idStructureCPP: ID, identifiantStructure: "1", designationStructure: "ACME", roles: ["fournisseur"], idUtilisateurCourant: 1001 }] };
const action = (err: unknown) => authedAction(
  { action: "test.action", roles: ["fournisseur"], schema: z.object({ idStructureCPP: z.number() }), structureOf: (i) => i.idStructureCPP },
  async () => { throw err; },
);

beforeEach(() => { m.user.mockResolvedValue(user); m.note.mockReset(); m.audit.mockReset(); });

describe("authedAction and 401s from Chorus Pro", () => {
  it("hands the failure to noteChorusFailure for the structure acted on, and answers the French message", async () => {
    const err = new ChorusProError({ kind: "technical_account_expired", operation: "x", httpStatus: 401 });
    const r = await action(err)({ idStructureCPP: ID });
    expect(r).toEqual({ ok: false, error: { code: "upstream", message: err.userMessage } });
    expect(m.note).toHaveBeenCalledWith(ID, err);
  });

  it("nothing reaches Chorus Pro on a refusal, so nothing is flagged", async () => {
    const r = await action(new Error("never"))({ idStructureCPP: ID + 1 });
    expect(r.ok).toBe(false);
    expect(m.note).not.toHaveBeenCalled();
  });
});

describe("authedAction and errors about one field", () => {
  it("shows the message beside the field the error names", async () => {
    const err = Object.assign(new Error("x"), { userMessage: "Cette adresse e-mail ne peut pas être utilisée.", field: "email" });
    const r = await action(err)({ idStructureCPP: ID });
    expect(r).toEqual({ ok: false, error: { code: "invalid", message: err.userMessage, fieldErrors: { email: [err.userMessage] } } });
  });
});
