// Référentiel des Organisations (REST, no envelope) and Engagements juridiques over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, accountHeader, boot, type Env } from "./helpers";

const O = "/cpro/organisations/v1";
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 120 }); });
afterAll(() => env.sb.close());

async function call(method: string, path: string, as: number, body?: unknown, account = accountHeader(env.m, as)) {
  const r = await fetch(env.sb.url + O + path, { method, headers: { authorization: `Bearer ${env.bearer}`, "cpro-account": account, "content-type": "application/json", accept: "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : undefined };
}
const uuidOf = async (id: number) => (await call("GET", `/structures/${env.ident(id)}`, IDS.acme)).json.uuid as string;

describe("organisations", () => {
  it("healthcheck 200 empty; consults a structure by uuid and by SIRET; bad id → ParamsInvalidUuidStructures", async () => {
    expect((await call("GET", "/healthcheck", IDS.acme)).status).toBe(200);
    const bySiret = await call("GET", `/structures/${env.ident(IDS.commune)}`, IDS.acme);
    expect(bySiret.json).toMatchObject({ libelleOrganisation: "COMMUNE DE SABLE-SUR-MER", typeOrganisation: "public", codeServiceDoitEtreRenseigne: true });
    expect(bySiret.json.uuid).toMatch(/^[0-9a-f]{32}$/);
    expect((await call("GET", `/structures/${bySiret.json.uuid}`, IDS.acme)).json.identifiant).toBe(env.ident(IDS.commune));
    const bad = await call("GET", "/structures/pas-un-id", IDS.acme);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual([{ error: "ParamsInvalidUuidStructures", message: expect.any(String), detail: "pas-un-id" }]);
    const missing = await call("GET", `/structures/${"0".repeat(32)}`, IDS.acme);
    expect(missing.json[0].error).toBe("NotFoundReference");
  });

  it("searches structures with op/val filters, _sort/_desc and _fields projection", async () => {
    const r = await call("POST", "/structures/recherche", IDS.acme, { typeOrganisation: { op: "=", val: "public" }, libelleOrganisation: { op: "CONTAINS", val: "de" }, _sort: ["libelleOrganisation"], _desc: ["libelleOrganisation"], _fields: ["uuid", "libelleOrganisation"] });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json[0]).sort()).toEqual(["libelleOrganisation", "uuid"]);
    const names = r.json.map((s: { libelleOrganisation: string }) => s.libelleOrganisation);
    expect(names).toEqual([...names].sort().reverse());
    expect(names).not.toContain("ACME FOURNITURES SAS");
    expect((await call("POST", "/structures/recherche", IDS.acme, { inconnu: { op: "=", val: 1 } })).json[0].error).toBe("ParamsInvalid");
  });

  it("lists services and attachments; NotFoundReference when a structure has no attachment", async () => {
    const commune = await uuidOf(IDS.commune);
    const services = (await call("GET", `/structures/${commune}/services`, IDS.acme)).json;
    expect(services.map((s: { codeService: string }) => s.codeService)).toContain("FACTURES_PUBLIQUES");
    expect((await call("GET", `/services/${services[0].uuid}`, IDS.acme)).json.rattachementOrganisation).toBe(commune);
    const pjs = (await call("GET", `/structures/${commune}/pieces_jointes`, IDS.acme)).json;
    expect(pjs[0]).toMatchObject({ fileName: "kbis.pdf", contentType: "application/pdf" });
    expect(pjs[0].attachmentData).toBeUndefined();
    const one = (await call("GET", `/structures/${commune}/pieces_jointes/${pjs[0].uuid}`, IDS.acme)).json;
    expect(Buffer.from(one.attachmentData, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const none = await call("GET", `/structures/${await uuidOf(IDS.ministere)}/pieces_jointes`, IDS.acme);
    expect([none.status, none.json[0].error]).toEqual([400, "NotFoundReference"]);
  });

  it("creates a service, refuses a duplicate code (400 array) and another structure (403); it shows in searches", async () => {
    const acme = await uuidOf(IDS.acme);
    const created = await call("POST", "/services", IDS.acme, { codeService: "SERV_ACHATS", libelle: "Service achats", rattachementOrganisation: acme });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ codeService: "SERV_ACHATS", etatService: "ACTIF", rattachementOrganisation: acme });
    const dup = await call("POST", "/services", IDS.acme, { codeService: "serv_achats", libelle: "Doublon" });
    expect(dup.status).toBe(400);
    expect(dup.json).toEqual([{ error: "CodeServiceAlreadyExists", message: expect.any(String), detail: "serv_achats" }]);
    expect((await call("POST", "/services", IDS.acme, { codeService: "X", libelle: "X", rattachementOrganisation: await uuidOf(IDS.commune) })).status).toBe(403);
    const found = await call("POST", "/services/recherche", IDS.acme, { codeService: { op: "=", val: "SERV_ACHATS" } });
    expect(found.json).toHaveLength(1);
  });

  it("PATCH parametres-edi: 204 on its own structure (visible in structures/consulter), 403 on another", async () => {
    const own = await call("PATCH", `/structures/${await uuidOf(IDS.acme)}/parametres-edi`, IDS.acme, { reception_edi: true, connexion_edi: true });
    expect(own.status).toBe(204);
    const c = await env.as(IDS.acme).post("/cpro/structures/v1/consulter", { idStructureCPP: IDS.acme });
    expect(c.json.parametres).toMatchObject({ connexionEDI: true, recevoirDonneesViaEDI: true });
    expect((await call("PATCH", `/structures/${await uuidOf(IDS.commune)}/parametres-edi`, IDS.acme, { reception_edi: true })).status).toBe(403);
  });

  it("401 without a valid cpro-account uses the organisations body", async () => {
    const r = await call("GET", `/structures/${env.ident(IDS.commune)}`, IDS.acme, undefined, Buffer.from("x:y").toString("base64"));
    expect([r.status, r.json]).toEqual([401, { ErrorCode: "401", Description: "[invalid field]" }]);
  });
});

describe("engagementsJuridiques/rechercher", () => {
  it("finds the seeded EJ of a recipient, filters by state, empty → 20000", async () => {
    const api = env.as(IDS.acme);
    const r = await api.post("/cpro/engagementsJuridiques/v1/rechercher", { structureReceptriceEngagementJuridique: String(IDS.ministere), numeroEngagementJuridique: "EJ26000002001", etatCourantEngagementJuridique: "COMMANDE" });
    expect(r.json.codeRetour).toBe(0);
    expect(r.json.listeEngagementJuridique).toEqual([expect.objectContaining({ numeroEngagementJuridique: "EJ26000002001", structureReceptriceEngagementJuridique: IDS.ministere })]);
    const none = await api.post("/cpro/engagementsJuridiques/v1/rechercher", { structureReceptriceEngagementJuridique: String(IDS.ministere), numeroEngagementJuridique: "EJ26000002005", etatCourantEngagementJuridique: "COMMANDE" });
    expect([none.status, none.json.codeRetour, none.json.listeEngagementJuridique]).toEqual([200, 20000, []]);
  });
});
