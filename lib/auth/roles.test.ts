import { describe, expect, it } from "vitest";
import { rolesAllowSpace, spacesForRoles } from "./roles";

describe("roles → spaces", () => {
  it("gives each demo role its spaces only", () => {
    expect(spacesForRoles(["fournisseur"])).toEqual(["emises", "travaux", "structures"]);
    expect(spacesForRoles(["valideur"])).toEqual(["a-valider", "structures"]);
    expect(spacesForRoles(["gestionnaire"])).toEqual(["travaux", "recues", "structures"]);
    expect(spacesForRoles(["moe"])).toEqual(["travaux", "structures"]);
    expect(spacesForRoles(["admin"])).toEqual(["structures", "admin"]);
  });
  it("refuses administration to every other role", () => {
    for (const role of ["fournisseur", "valideur", "gestionnaire", "moe", "moa"] as const) {
      expect(rolesAllowSpace([role], "admin")).toBe(false);
    }
  });
  it("combines roles", () => {
    expect(spacesForRoles(["valideur", "gestionnaire"])).toEqual(["travaux", "recues", "a-valider", "structures"]);
  });
});
