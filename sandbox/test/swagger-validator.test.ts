import { describe, expect, it } from "vitest";
import { loadSwagger, validate } from "./swagger-validator";

describe("swagger validator (so that contract tests can fail)", () => {
  const sw = loadSwagger();
  it("rejects missing required fields, wrong types and values outside enums", () => {
    const s = { $ref: "#/definitions/WsRetourSoumettreFacture" };
    expect(validate(sw, s, { codeRetour: 0, libelle: "x", statutFacture: "DEPOSEE" })).toEqual([]);
    expect(validate(sw, s, { libelle: "x" })).toContain("$.codeRetour: required");
    expect(validate(sw, s, { codeRetour: "0", libelle: "x" }).join()).toMatch(/expected integer/);
    expect(validate(sw, s, { codeRetour: 0, libelle: "x", statutFacture: "VALIDEE" }).join()).toMatch(/not in enum/);
  });
});
