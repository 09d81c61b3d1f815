// PPF annuaire public: requests shaped by the OpenAPI 3 file accepted, responses valid against its component
// schemas (read at test time); 206 when reduced, 204 when empty, `erreur` bodies, bearer required.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, type Env } from "./helpers";
import { loadOpenApi3, oas3Schema, validate } from "./swagger-validator";

const { sw, doc } = loadOpenApi3("ppf-openapi-annuaire-api-public-1.11.0-openapi.json");
const B = "/ppf/annuaire-public/v1";
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 120 }); });
afterAll(() => env.sb.close());

async function call(method: string, path: string, body?: unknown, bearer = env.bearer) {
  const r = await fetch(env.sb.url + B + path, { method, headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json", accept: "application/json", "accept-language": "fr" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : undefined, headers: r.headers };
}

const SEARCHES: Record<string, object> = {
  "/siren/recherche": { filtres: { raisonSociale: { op: "contient", valeur: "sarl" }, typeEntite: { op: "strict", valeur: "Privée assujettie" } }, tris: [{ champ: "siren", ordre: "ascendant" }], limite: 50, ignorer: 0 },
  "/siret/recherche": { filtres: { localite: { op: "contient", valeur: "orl" } }, champs: ["siret", "denomination", "adresse", "moa"], inclure: ["siren"], limite: 10 },
  "/code-routage/recherche": { filtres: { identifiantRoutage: { op: "contient", valeur: "FACTURES" }, etatAdministratif: { op: "strict", valeur: "A" } }, inclure: ["siren", "siret"], limite: 100 },
};

describe("PPF annuaire public", () => {
  for (const [path, body] of Object.entries(SEARCHES)) {
    it(`POST ${path}: OpenAPI-shaped request accepted, response valid`, async () => {
      expect(validate(sw, oas3Schema(doc, path, "post", "request"), body)).toEqual([]);
      const r = await call("POST", path, body);
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      expect(r.headers.get("content-language")).toBe("fr");
      expect(r.json.nombre_total_resultats).toBeGreaterThan(0);
      expect(r.json.recherche).toEqual(body);
      expect(validate(sw, oas3Schema(doc, path, "post", "200"), r.json)).toEqual([]);
    });
  }

  it("GET /siren/code-insee and /siret/code-insee (with inclure=siren) validate; public B2G parameters exposed", async () => {
    const siret = env.ident(IDS.commune);
    const u = await call("GET", `/siren/code-insee:${siret.slice(0, 9)}`);
    expect(u.status).toBe(200);
    expect(u.json).toMatchObject({ siren: siret.slice(0, 9), typeEntite: "Publique", etatAdministratif: "A" });
    expect(validate(sw, oas3Schema(doc, "/siren/code-insee:{siren}", "get", "200"), u.json)).toEqual([]);
    const e = await call("GET", `/siret/code-insee:${siret}?inclure=siren`);
    expect(e.json.donneesB2gComplementaires).toMatchObject({ gestionCodeService: true });
    expect(e.json.uniteLegale.siren).toBe(siret.slice(0, 9));
    expect(validate(sw, oas3Schema(doc, "/siret/code-insee:{siret}", "get", "200"), e.json)).toEqual([]);
  });

  it("206 when the volume is reduced, 204 when nothing matches", async () => {
    const part = await call("POST", "/siret/recherche", { limite: 2 });
    expect(part.status).toBe(206);
    expect(part.json.resultats).toHaveLength(2);
    expect(part.json.nombre_total_resultats).toBeGreaterThan(2);
    const none = await call("POST", "/siren/recherche", { filtres: { siren: { op: "strict", valeur: "000000000" } } });
    expect([none.status, none.json]).toEqual([204, undefined]);
  });

  it("errors follow the `erreur` schema: 400 bad SIREN, 404 unknown, 400 bad operator, 401 without token", async () => {
    const errSchema = { $ref: "#/components/schemas/erreur" };
    for (const [r, statut] of [[await call("GET", "/siren/code-insee:12"), 400], [await call("GET", "/siren/code-insee:000000000"), 404], [await call("POST", "/siret/recherche", { filtres: { siret: { op: "egal", valeur: "1" } } }), 400], [await call("POST", "/siren/recherche", {}, "bad-token"), 401]] as const) {
      expect(r.status).toBe(statut);
      expect(r.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(r.json.statut).toBe(statut);
      expect(validate(sw, errSchema, r.json)).toEqual([]);
    }
    expect((await fetch(`${env.sb.url}${B}/healthcheck`)).status).toBe(200);
  });
});
