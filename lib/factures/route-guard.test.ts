import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const m = vi.hoisted(() => ({ user: vi.fn(), note: vi.fn(), audit: vi.fn(), ctx: vi.fn() }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: m.user }));
vi.mock("@/lib/auth/chorus-context", () => ({ chorusContextFor: m.ctx }));
vi.mock("@/lib/audit", () => ({ writeAudit: m.audit }));
vi.mock("@/lib/admin/technical-accounts", () => ({ noteChorusFailure: m.note }));
vi.mock("@/lib/log", () => ({ logger: { error: vi.fn() } }));
vi.mock("@/lib/chorus-pro", async () => ({ isChorusProError: (await import("@/lib/chorus-pro/errors")).isChorusProError }));

import { ChorusProError } from "@/lib/chorus-pro/errors";
import { guardSpace, upstreamFailure, type Allowed } from "./route-guard";

const ID = 26000004;
const user = { id: "u1", email: "g@exemple.test", name: "G", roles: ["gestionnaire"], rattachements: [{ idStructureCPP: ID, identifiantStructure: "1", designationStructure: "X", roles: ["gestionnaire"], idUtilisateurCourant: 1002 }] };
const opts = { role: "gestionnaire" as const, action: "test.route", subject: null };
const expired = () => new ChorusProError({ kind: "technical_account_expired", operation: "x", httpStatus: 401 });

beforeEach(() => { m.user.mockResolvedValue(user); m.ctx.mockResolvedValue({}); m.note.mockReset(); m.audit.mockReset(); });

describe("upstreamFailure flags the structure's technical account on a 401", () => {
  it("for a failure after the guard let the request through", async () => {
    const guard = (await guardSpace(String(ID), opts)) as Allowed;
    expect(guard.audit.idStructureCPP).toBe(ID);
    const err = expired();
    expect(await upstreamFailure(err, guard.audit)).toEqual({ status: 502, code: "upstream", message: err.userMessage });
    expect(m.note).toHaveBeenCalledWith(ID, err);
    expect(m.audit).toHaveBeenCalledWith(expect.objectContaining({ outcome: "error", idStructureCPP: ID }));
  });

  it("an audit function without a structure (built elsewhere) still answers, without flagging", async () => {
    const failure = await upstreamFailure(expired(), async () => {});
    expect(failure.status).toBe(502);
    expect(m.note).not.toHaveBeenCalled();
  });
});
