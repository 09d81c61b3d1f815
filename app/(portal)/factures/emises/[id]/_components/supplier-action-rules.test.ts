import { describe, expect, it } from "vitest";
import { STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import { allowedActions, isAllowed } from "./supplier-action-rules";

describe("allowedActions", () => {
  it.each([
    ["SUSPENDUE", ["completer"]],
    ["REJETEE", ["traiterRejet", "nouvelleDepuis"]],
    ["ERREUR_FOURNISSEUR_SUR_VALIDEUR", ["corrigerValideur"]],
    ["ERREUR_COTRAITANT_SUR_VALIDEUR", ["corrigerValideur"]],
  ])("%s → %j", (statut, expected) => {
    expect(allowedActions(statut)).toEqual(expected);
  });
  it("offers nothing in the other statuses", () => {
    const withActions = new Set(["SUSPENDUE", "REJETEE", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "ERREUR_COTRAITANT_SUR_VALIDEUR"]);
    for (const s of STATUTS_FACTURE.filter((x) => !withActions.has(x))) expect(allowedActions(s), s).toEqual([]);
    expect(allowedActions(undefined)).toEqual([]);
  });
  it("does not offer to treat a rejection twice, but still a new invoice", () => {
    expect(allowedActions("REJETEE", { rejetTraite: true })).toEqual(["nouvelleDepuis"]);
    expect(isAllowed("traiterRejet", "REJETEE", { rejetTraite: true })).toBe(false);
    expect(isAllowed("completer", "MISE_A_DISPOSITION")).toBe(false);
  });
});
