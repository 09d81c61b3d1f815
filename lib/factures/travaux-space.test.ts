import { describe, expect, it } from "vitest";
import { TRAVAUX_SPACE, TravauxPieceId, hasTravauxAttachments, travauxFileName } from "./travaux-space";

describe("TravauxPieceId", () => {
  it("accepts digits and answers a number", () => {
    expect(TravauxPieceId.parse("9000004")).toBe(9_000_004);
  });
  it.each(["", "12abc", "-1", "1.5", "0", "1234567890123456", " 12", "9007199254740993"])("refuses %j", (raw) => {
    expect(TravauxPieceId.safeParse(raw).success).toBe(false);
  });
});

describe("travauxFileName", () => {
  it("uses the piece's number, made safe for a file name", () => {
    expect(travauxFileName("PDM 2026/01 é", 9)).toBe("PDM_2026_01_e");
  });
  it("falls back on the id", () => {
    expect(travauxFileName(undefined, 9_000_004)).toBe("travaux-9000004");
    expect(travauxFileName("", 7)).toBe("travaux-7");
    expect(travauxFileName("///", 7)).toBe("travaux-7");
  });
});

describe("works space", () => {
  it("lets every party of a billing file download, and no one else", () => {
    expect([...TRAVAUX_SPACE.roles].sort()).toEqual(["fournisseur", "gestionnaire", "moa", "moe"]);
  });
  it("knows whether a piece has attachments", () => {
    expect(hasTravauxAttachments({ listePiecesJointesComplementaires: [] })).toBe(false);
    expect(hasTravauxAttachments({ listePiecesJointesComplementaires: [{ idPieceJointe: 1 }] })).toBe(true);
  });
});
