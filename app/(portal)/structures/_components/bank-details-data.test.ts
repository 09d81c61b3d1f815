import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/log", () => ({ logger: { warn: vi.fn(), error: vi.fn() } }));
const gw = vi.hoisted(() => ({
  recupererCoordonneesBancairesValides: vi.fn(),
  consulterIbanCoordonneeBancaire: vi.fn(),
  walkPiecesJointesStructure: vi.fn(),
}));
vi.mock("@/lib/chorus-pro", () => ({
  ...gw,
  collectPages: async <T,>(it: AsyncIterable<T>) => { const out: T[] = []; for await (const x of it) out.push(x); return out; },
}));

import type { ChorusContext } from "@/lib/chorus-pro";
import { loadBankDetails } from "./bank-details-data";

const ctx = {} as ChorusContext;
async function* items<T>(list: T[]) { yield* list; }
const source = { identifiantFactureCPP: 9000012, numeroFacture: "F2026-000012", dateDepot: "2026-10-02" };

beforeEach(() => {
  gw.recupererCoordonneesBancairesValides.mockResolvedValue([{ idCoordonneeBancaire: 19, nomCoordonneeBancaire: "Principal" }, { idCoordonneeBancaire: 18, nomCoordonneeBancaire: "Second" }, { idCoordonneeBancaire: 17, nomCoordonneeBancaire: "Neuf" }]);
  gw.walkPiecesJointesStructure.mockImplementation(() => items([
    { pieceJointeId: 101, pieceJointeDesignation: "kbis.pdf", pieceJointeExtension: "pdf", pieceJointeObjetId: 1, pieceJointeTypeCode: "STRUCTURE" },
    { pieceJointeId: 1902, pieceJointeDesignation: "RIB-principal.pdf", pieceJointeExtension: "pdf", pieceJointeObjetId: 19, pieceJointeTypeCode: "CB" },
    { pieceJointeId: 1802, pieceJointeDesignation: "RIB-second.pdf", pieceJointeExtension: "pdf", pieceJointeObjetId: 18 },
  ]));
  gw.consulterIbanCoordonneeBancaire.mockImplementation(async (_ctx: unknown, id: number) => {
    if (id === 19) return { iban: "FR7630006000011234567890189", bic: "AGRIFRPP", type: "IBAN", source };
    if (id === 18) throw new Error("upstream down");
    return null;
  });
});

describe("loadBankDetails", () => {
  it("gives each account its IBAN (checked), its RIBs, and keeps the structure's own attachments apart", async () => {
    const d = await loadBankDetails(ctx, 1);
    expect(d.accounts.map((a) => [a.nom, a.iban.status, a.attachments.map((p) => p.designation)])).toEqual([
      ["Principal", "known", ["RIB-principal.pdf"]],
      ["Second", "unavailable", ["RIB-second.pdf"]],
      ["Neuf", "none", []],
    ]);
    expect(d.accounts[0]?.iban).toEqual({ status: "known", iban: "FR7630006000011234567890189", valid: true, bic: "AGRIFRPP", source });
    expect(d.structureAttachments?.map((p) => p.pieceJointeId)).toEqual([101]);
  });

  it("flags an IBAN that fails mod 97", async () => {
    gw.consulterIbanCoordonneeBancaire.mockResolvedValue({ iban: "FR6730006000011234567890189", bic: null, type: "IBAN", source });
    const d = await loadBankDetails(ctx, 1);
    expect(d.accounts.every((a) => a.iban.status === "known" && !a.iban.valid)).toBe(true);
  });

  it("still lists the accounts when the attachments cannot be listed", async () => {
    gw.walkPiecesJointesStructure.mockImplementation(() => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error("down")) }) }));
    const d = await loadBankDetails(ctx, 1);
    expect(d.accounts).toHaveLength(3);
    expect(d.structureAttachments).toBeNull();
  });
});
