import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/log", () => ({ logger: { warn: vi.fn(), error: vi.fn() } }));
const gw = vi.hoisted(() => ({ recupererCoordonneesBancairesValides: vi.fn(), consulterIbanCoordonneeBancaire: vi.fn() }));
vi.mock("@/lib/chorus-pro", () => gw);

import type { ChorusContext } from "@/lib/chorus-pro";
import { defaultAccount, listValidAccounts, loadBankAccounts, type BankAccount } from "./bank-details";

const ctx = {} as ChorusContext;
const VALID = "FR7630006000011234567890189";
const source = (identifiantFactureCPP: number, dateDepot: string | null) => ({ identifiantFactureCPP, numeroFacture: `F-${identifiantFactureCPP}`, dateDepot });
const known = (id: number, src: ReturnType<typeof source>): BankAccount => ({ idCoordonneeBancaire: id, nom: `C${id}`, iban: { status: "known", iban: VALID, valid: true, bic: null, source: src } });

beforeEach(() => {
  gw.recupererCoordonneesBancairesValides.mockResolvedValue([{ idCoordonneeBancaire: 19, nomCoordonneeBancaire: "Principal" }, { idCoordonneeBancaire: 18 }]);
  gw.consulterIbanCoordonneeBancaire.mockReset().mockImplementation(async (_ctx: unknown, id: number) => {
    if (id === 19) return { iban: VALID, bic: "AGRIFRPP", type: "IBAN", source: source(12, "2026-10-02") };
    return { iban: "FR6730006000011234567890189", bic: null, type: "IBAN", source: source(13, "2026-10-03") };
  });
});

describe("loadBankAccounts", () => {
  it("lists the valid accounts with their IBAN checked (mod 97)", async () => {
    const list = await loadBankAccounts(ctx, 27000001);
    expect(gw.recupererCoordonneesBancairesValides).toHaveBeenCalledWith(ctx, { idStructure: 27000001 });
    expect(list.map((a) => [a.idCoordonneeBancaire, a.nom, a.iban.status === "known" && a.iban.valid])).toEqual([[19, "Principal", true], [18, null, false]]);
  });
  it("keeps the other accounts when one IBAN cannot be read", async () => {
    gw.consulterIbanCoordonneeBancaire.mockImplementation(async (_ctx: unknown, id: number) => { if (id === 18) throw new Error("down"); return null; });
    expect((await loadBankAccounts(ctx, 1)).map((a) => a.iban.status)).toEqual(["none", "unavailable"]);
  });
  it("listValidAccounts reads coordbanc/valides only", async () => {
    expect(await listValidAccounts(ctx, 1)).toEqual([{ idCoordonneeBancaire: 19, nom: "Principal" }, { idCoordonneeBancaire: 18, nom: null }]);
    expect(gw.consulterIbanCoordonneeBancaire).not.toHaveBeenCalled();
  });
});

describe("defaultAccount", () => {
  it("is null without accounts, the only one when there is one", () => {
    expect(defaultAccount([])).toBeNull();
    expect(defaultAccount([{ idCoordonneeBancaire: 5, nom: null, iban: { status: "none" } }])).toEqual({ idCoordonneeBancaire: 5, reason: "only" });
  });
  it("with several, the one paid on the most recent invoice (same day: the later invoice)", () => {
    const accounts = [known(1, source(100, "2026-10-01")), known(2, source(90, "2026-10-05")), known(3, source(95, "2026-10-05"))];
    expect(defaultAccount(accounts)).toEqual({ idCoordonneeBancaire: 3, reason: "last", numeroFacture: "F-95", dateDepot: "2026-10-05" });
  });
  it("with several and no invoice naming one, the first", () => {
    expect(defaultAccount([{ idCoordonneeBancaire: 7, nom: null, iban: { status: "none" } }, { idCoordonneeBancaire: 8, nom: null, iban: { status: "unavailable" } }])).toEqual({ idCoordonneeBancaire: 7, reason: "first" });
  });
});
