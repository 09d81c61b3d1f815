// Every operation of Structures.json: a swagger-shaped request is accepted (HTTP 200, codeRetour 0) and the
// response validates against the swagger's 200 schema, read at test time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, type Env } from "./helpers";
import { loadSwagger, requestSchema, responseSchema, validate } from "./swagger-validator";

const sw = loadSwagger("Structures.json");
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 120 }); });
afterAll(() => env.sb.close());

type Case = { as: number; body: () => object; check?: (json: Record<string, unknown>) => void };
const CASES: Record<string, Case> = {
  "/v1/rechercher": { as: IDS.acme, body: () => ({ structure: { typeStructure: "PUBLIQUE", statutStructure: "ACTIF", libelleStructure: "COMMUNE" }, restreindreStructuresPrivees: true, parametres: { pageResultatDemandee: 1, nbResultatsParPage: 10, triColonne: "DesignationStructure", triSens: "Ascendant" } }),
    check: (j) => expect(j.listeStructures).toEqual([expect.objectContaining({ idStructureCPP: IDS.commune, statut: "ACTIVE" })]) },
  "/v1/consulter": { as: IDS.acme, body: () => ({ idStructureCPP: IDS.acme, codeLangue: "FR" }),
    check: (j) => expect((j.informationGenerales as Record<string, unknown>).dateExpirationMotPasseCompteTech).toMatch(/^2027-05-01T/) },
  "/v1/rechercher/services": { as: IDS.acme, body: () => ({ idStructure: IDS.commune, parametresRechercherServicesStructure: { pageResultatDemandee: 1, nbResultatsParPage: 2, triColonne: "CodeService", triSens: "Descendant" } }),
    check: (j) => expect(j.parametresRetour).toEqual({ pageCourante: 1, pages: 2, nbResultatsParPage: 2, total: 3 }) },
  "/v1/consulter/service": { as: IDS.acme, body: () => ({ idStructure: IDS.commune, idService: 260000011, codeLangue: "FR" }),
    check: (j) => expect(j.informationsGenerales).toMatchObject({ codeService: "FACTURES_PUBLIQUES" }) },
  "/v1/lister/rattachementsutilisateur": { as: IDS.acme, body: () => ({ idStructure: IDS.acme, idUtilisateur: 1001, parametresListerRattachementsStructureUtilisateur: { pageResultatDemandee: 1, nbResultatsParPage: 10, triColonne: "CodeService", triSens: "Ascendant" } }),
    check: (j) => expect(j.listeServices).toEqual([expect.objectContaining({ idService: 270000011, statutRattachement: "VALIDEE" })]) },
  "/v1/rechercher/espaces": { as: IDS.departement, body: () => ({ structure: { idStructure: IDS.departement }, parametresRechercherEspaces: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "CodeService", triSens: "Ascendant" } }),
    check: (j) => expect((j.listeEspace as unknown[]).length).toBeGreaterThan(0) },
};

describe("Structures contract against Structures.json", () => {
  it("covers every operation of the swagger", () => {
    expect(Object.keys(sw.paths).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [path, c] of Object.entries(CASES)) {
    it(`${path}: swagger-shaped request accepted, response valid`, async () => {
      const body = c.body();
      expect(validate(sw, requestSchema(sw, path), body)).toEqual([]);
      const r = await env.as(c.as).post(sw.basePath + path, body);
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
      expect(validate(sw, responseSchema(sw, path), r.json)).toEqual([]);
      c.check?.(r.json);
    });
  }

  it("consulter accepts idStructure (GO) as well as idStructureCPP; private structures of others are hidden from rechercher", async () => {
    const r = await env.as(IDS.acme).post("/cpro/structures/v1/consulter", { idStructure: IDS.commune });
    expect(r.json.informationGenerales.idStructureCPP).toBe(IDS.commune);
    expect(r.json.informationGenerales.dateExpirationMotPasseCompteTech).toBeUndefined();
    const s = await env.as(IDS.acme).post("/cpro/structures/v1/rechercher", { structure: { typeStructure: "PRIVEE" } });
    expect(s.json.listeStructures.map((x: { idStructureCPP: number }) => x.idStructureCPP)).toEqual([IDS.acme]);
    const all = await env.as(IDS.acme).post("/cpro/structures/v1/rechercher", { structure: { typeStructure: "PRIVEE" }, restreindreStructuresPrivees: false });
    expect(all.json.listeStructures.length).toBeGreaterThan(5);
    const none = await env.as(IDS.acme).post("/cpro/structures/v1/rechercher", { structure: { identifiantStructure: "00000000000000" } });
    expect([none.status, none.json.codeRetour]).toEqual([200, 20000]);
  });
});
