// Our wrappers against the AIFE swagger files (Factures, Structures), read at test time. The paths,
// methods and schemas come from the wrappers themselves (defineOperation exposes them; the few that
// call chorusFetch directly are called with a recording chorusFetch), so a wrong path in a wrapper
// fails here as surely as a misspelt field. For every operation of an API that has a swagger:
// - its path and method exist;
// - every field its request schema can send exists in the swagger's body definition;
// - every field its response schema reads exists in the swagger's 200 definition, nested ones
//   included, except the documented extras below.
// The PPF annuaire has its own file (swagger-check-annuaire.test.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { ChorusRequest } from "./client";
import { findOperation, loadSwagger, missingKeys, requestDef, responseDef, type SwaggerDoc } from "./swagger-shape";

vi.mock("server-only", () => ({}));
const recorded: ChorusRequest<z.ZodType>[] = [];
class Recorded extends Error {}
vi.mock("./client", () => ({ chorusFetch: async (_ctx: unknown, req: ChorusRequest<z.ZodType>) => { recorded.push(req); throw new Recorded(); } }));

const { operationOf } = await import("./operation");
const SWAGGERS: Array<{ prefix: string; doc: SwaggerDoc }> = [
  { prefix: "/cpro/factures", doc: loadSwagger("api-chorus-pro.json") },
  { prefix: "/cpro/structures", doc: loadSwagger("Structures.json") },
];
// Modules whose operations are declared with defineOperation (annuaire and organisations are REST
// APIs with their own helpers; file-operations is recorded below).
const MODULES = ["factures", "transverses", "structures", "utilisateurs", "factures-travaux", "engagements"] as const;

/**
 * Fields our response schemas read that the swagger does not declare, each with its source.
 * Anything not listed here fails the test.
 */
const RESPONSE_EXTRAS: Record<string, string> = {
  // One FactureDetail schema reads the three consulter answers; these optional fields are the
  // supplier's and validator's (WsRetourFacturesEmises) and stay absent from the recipient's.
  "WsRetourFacturesRecues.facture.rejetTraite": "WsRetourFacturesEmises (consulter/fournisseur, consulter/valideur)",
  "WsRetourFacturesRecues.facture.destinataire.designationDestinataire": "WsRetourFacturesEmises (consulter/fournisseur, consulter/valideur)",
  "WsRetourFacturesRecues.facture.fournisseur.raisonSocialeFournisseur": "WsRetourFacturesEmises (consulter/fournisseur, consulter/valideur)",
  // Lenient read of a field production answers carry beyond the swagger.
  "WsRetourRechercherServicesStructure.listeServices.dateDbtService": "CONTRACT §4.3: the PASTELL fixture returns dateDbtService",
};

type Op = { name: string; path: string; method: string; request?: z.ZodType; response: z.ZodType };

async function definedOperations(): Promise<Op[]> {
  const seen = new Set<unknown>();
  const ops: Op[] = [];
  for (const m of MODULES) {
    for (const value of Object.values((await import(`./${m}.ts`)) as Record<string, unknown>)) {
      const info = operationOf(value);
      if (!info || seen.has(info)) continue;
      seen.add(info);
      ops.push({ name: info.name, path: info.path, method: info.method, request: info.request, response: info.response });
    }
  }
  return ops;
}

/** The file operations send their body as a stream: their path and response are what they record. */
async function fileOperations(): Promise<Op[]> {
  const F = await import("./file-operations");
  const ctx = { technicalAccount: { login: "TECH", passwordEnc: "x" } };
  recorded.length = 0;
  const calls = [
    F.deposerFluxFactureFichier(ctx, { chemin: "/nowhere.xml", nomFichier: "f.xml", syntaxeFlux: "IN_DP_E1_UBL_INVOICE" }),
    F.deposerPdfFactureFichier(ctx, { chemin: "/nowhere.pdf", nomFichier: "f.pdf", formatDepot: "PDF_NON_SIGNE" }),
    F.ajouterFichierDepuisDisque(ctx, { chemin: "/nowhere.pdf", pieceJointeNom: "f.pdf", pieceJointeTypeMime: "application/pdf", pieceJointeExtension: "PDF" }),
  ];
  for (const c of calls) await expect(c).rejects.toBeInstanceOf(Recorded);
  return recorded.map((r) => ({ name: r.operation, path: r.path, method: r.method ?? "POST", response: r.response }));
}

const allOps = async () => [...(await definedOperations()), ...(await fileOperations())];
const swaggerOf = (p: string) => SWAGGERS.find((s) => p.startsWith(`${s.prefix}/`));

describe("wrappers against the Factures and Structures swaggers", async () => {
  const ops = await allOps();
  const checked = ops.filter((o) => swaggerOf(o.path));

  it("finds the operations (the scan itself works)", () => {
    expect(ops.length).toBeGreaterThan(60);
    expect(checked.map((o) => o.name)).toEqual(expect.arrayContaining([
      "factures.soumettre", "factures.rechercherRecipiendaire", "structures.consulter", "structures.rechercherServices", "factures.deposerFlux",
    ]));
  });

  it.each(checked.map((o) => [`${o.method} ${o.path} (${o.name})`, o] as const))("%s exists in the swagger", (_label, o) => {
    const { prefix, doc } = swaggerOf(o.path)!;
    expect(findOperation(doc, o.path.slice(prefix.length), o.method), `${o.method} ${o.path}`).toBeDefined();
  });

  it.each(checked.filter((o) => o.request).map((o) => [o.name, o] as const))("%s: request fields exist in the swagger", (_label, o) => {
    const { prefix, doc } = swaggerOf(o.path)!;
    const op = findOperation(doc, o.path.slice(prefix.length), o.method);
    const def = op && requestDef(op);
    expect(def, `no body definition for ${o.path}`).toBeDefined();
    expect(missingKeys(doc, def!, o.request!)).toEqual([]);
  });

  it.each(checked.map((o) => [o.name, o] as const))("%s: response fields exist in the swagger", (_label, o) => {
    const { prefix, doc } = swaggerOf(o.path)!;
    const op = findOperation(doc, o.path.slice(prefix.length), o.method);
    const def = op && responseDef(op);
    expect(def, `no 200 definition for ${o.path}`).toBeDefined();
    expect(missingKeys(doc, def!, o.response).filter((k) => !(k in RESPONSE_EXTRAS))).toEqual([]);
  });

  it("every documented extra is still read by some schema (the list does not rot)", () => {
    const found = new Set(checked.flatMap((o) => {
      const { prefix, doc } = swaggerOf(o.path)!;
      const op = findOperation(doc, o.path.slice(prefix.length), o.method);
      const def = op && responseDef(op);
      return def ? missingKeys(doc, def, o.response) : [];
    }));
    expect(Object.keys(RESPONSE_EXTRAS).filter((k) => !found.has(k))).toEqual([]);
  });
});

describe("no operation escapes the check", () => {
  // chorusFetch called directly bypasses defineOperation's exposed definition: each such file is
  // either recorded here (file-operations), checked in swagger-check-annuaire.test.ts, or talks to an
  // API without a swagger (organisations). A new one must join one of them.
  const DIRECT = ["annuaire.ts", "file-operations.ts", "operation.ts", "organisations.ts"];
  it("only the known files call chorusFetch directly", () => {
    const dir = path.resolve(__dirname);
    const direct = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "client.ts" && /\bchorusFetch\s*\(/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(direct.sort()).toEqual(DIRECT);
  });
});

describe("the check itself", () => {
  const factures = SWAGGERS[0]!.doc;
  it("catches a misspelt field, nested ones included, in requests and in paged responses", async () => {
    const bad = z.object({ numeroFacture: z.string(), destinataire: z.object({ codeService: z.string() }).optional() });
    expect(missingKeys(factures, "SoumettreFactureParam", bad)).toEqual(["SoumettreFactureParam.numeroFacture", "SoumettreFactureParam.destinataire.codeService"]);
    const { pagedResponse } = await import("./schemas/common");
    const page = pagedResponse("listeFactures", z.object({ numeroFacture: z.string(), numeroFactur: z.string() }));
    expect(missingKeys(factures, "WsRetourRechercherFactureParFournisseur", page)).toEqual(["WsRetourRechercherFactureParFournisseur.listeFactures.numeroFactur"]);
    const wrongList = pagedResponse("listeFacture", z.object({ numeroFacture: z.string() }));
    expect(missingKeys(factures, "WsRetourRechercherFactureParFournisseur", wrongList)).toEqual(["WsRetourRechercherFactureParFournisseur.listeFacture"]);
  });

  it("catches a wrong path", () => {
    expect(findOperation(factures, "/v1/rechercher/fournisseurs", "POST")).toBeUndefined();
    expect(findOperation(factures, "/v1/rechercher/fournisseur", "GET")).toBeUndefined();
    expect(findOperation(factures, "/v1/rechercher/fournisseur", "POST")).toBeDefined();
  });
});
