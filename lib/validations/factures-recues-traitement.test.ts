import { describe, expect, it } from "vitest";
import { commonActions, offeredActions, TraiterInput } from "./factures-recues-traitement";

const MAD = ["MISE_A_DISPOSITION", "SUSPENDUE", "REJETEE", "MANDATEE", "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE", "A_RECYCLER", "SERVICE_FAIT"];
const base = { idStructureCPP: 26000001, idFactures: [1], requestId: "5d0c7c1e-7c0e-4a55-9b59-3c7e0f0f5d11" };

describe("offeredActions / commonActions", () => {
  it("keeps the portal's targets the upstream allows, never recycling nor the current status", () => {
    expect(offeredActions("MISE_A_DISPOSITION", MAD)).toEqual(["SERVICE_FAIT", "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT", "SUSPENDUE", "REJETEE"]);
    expect(offeredActions("MANDATEE", ["SERVICE_FAIT", "MANDATEE", "MISE_EN_PAIEMENT", "REJETEE"])).toEqual(["SERVICE_FAIT", "MISE_EN_PAIEMENT", "REJETEE"]);
    expect(offeredActions("SUSPENDUE", ["REJETEE"])).toEqual(["REJETEE"]);
    expect(offeredActions("REJETEE", [])).toEqual([]);
  });
  it("offers for a selection only what every invoice allows", () => {
    expect(commonActions([offeredActions("MISE_A_DISPOSITION", MAD), ["REJETEE"]])).toEqual(["REJETEE"]);
    expect(commonActions([["MISE_EN_PAIEMENT", "REJETEE"], []])).toEqual([]);
    expect(commonActions([])).toEqual([]);
  });
});

describe("TraiterInput", () => {
  it("requires a motif for a rejection or a suspension", () => {
    const r = TraiterInput.safeParse({ ...base, nouveauStatut: "REJETEE", motif: "  " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["motif"]);
    expect(TraiterInput.safeParse({ ...base, nouveauStatut: "SUSPENDUE" }).success).toBe(false);
    expect(TraiterInput.safeParse({ ...base, nouveauStatut: "SUSPENDUE", motif: "Bon de livraison manquant" }).success).toBe(true);
  });
  it("checks the mandate number's characters and length", () => {
    expect(TraiterInput.safeParse({ ...base, nouveauStatut: "MANDATEE", numeroDPMandat: "M-2026/0042" }).success).toBe(true);
    expect(TraiterInput.safeParse({ ...base, nouveauStatut: "MANDATEE", numeroDPMandat: "" }).success).toBe(true);
    const bad = TraiterInput.safeParse({ ...base, nouveauStatut: "MANDATEE", numeroDPMandat: "M 42;é" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/lettres sans accent, des chiffres/);
    expect(TraiterInput.safeParse({ ...base, nouveauStatut: "MANDATEE", numeroDPMandat: "A".repeat(31) }).success).toBe(false);
  });
  it("refuses an unknown target or recycling", () => {
    expect(TraiterInput.safeParse({ ...base, nouveauStatut: "A_RECYCLER", motif: "x" }).success).toBe(false);
    expect(TraiterInput.safeParse({ ...base, idFactures: [], nouveauStatut: "MISE_EN_PAIEMENT" }).success).toBe(false);
  });
});
