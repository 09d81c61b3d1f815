// Our request schemas against the AIFE swagger files, read at test time (never copied): every field
// a wrapper can send must exist, with the same spelling, in the swagger definition.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as F from "./schemas/factures";
import * as S from "./schemas/structures";

const ref = (file: string) => JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "../shared/reference/chorus-pro/openapi", file), "utf8")) as {
  definitions: Record<string, { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> }>;
  paths: Record<string, Record<string, { parameters?: Array<{ in: string; schema?: { $ref?: string } }> }>>;
};
const factures = ref("api-chorus-pro.json");
const structures = ref("Structures.json");

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; left?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional/default/pipe/array down to the object schema, if any. */
function objectShape(s: z.ZodType): Record<string, z.ZodType> | undefined {
  const d = defOf(s);
  if (d.type === "object") return d.shape;
  const inner = d.innerType ?? d.element ?? d.in ?? d.left;
  return inner ? objectShape(inner) : undefined;
}

function check(doc: typeof factures, defName: string, schema: z.ZodType, trail = defName): string[] {
  const def = doc.definitions[defName];
  if (!def) return [`${trail}: definition missing in swagger`];
  const shape = objectShape(schema) ?? {};
  const problems: string[] = [];
  for (const [key, sub] of Object.entries(shape)) {
    const prop = def.properties?.[key];
    if (!prop) { problems.push(`${trail}.${key}`); continue; }
    const child = (prop.$ref ?? prop.items?.$ref)?.split("/").pop();
    if (child && objectShape(sub)) problems.push(...check(doc, child, sub, `${trail}.${key}`));
  }
  return problems;
}

/** The swagger definition each path's body uses, so that a wrong path is caught too. */
function bodyDef(doc: typeof factures, p: string): string {
  const op = doc.paths[p]?.post;
  const body = op?.parameters?.find((x) => x.in === "body");
  return body?.schema?.$ref?.split("/").pop() ?? `(no POST ${p})`;
}

describe("request schemas exist in the Factures swagger", () => {
  it.each([
    ["/v1/soumettre", F.SoumettreFactureParam],
    ["/v1/deposer/flux", F.DeposerFluxFactureParam],
    ["/v1/deposer/pdf", F.DeposerPdfFactureParam],
    ["/v1/rechercher/fournisseur", F.RechercherFactureParFournisseurParam],
    ["/v1/rechercher/recipiendaire", F.RechercherFactureRecipiendaireParam],
    ["/v1/rechercher/valideur", F.RechercherFactureParValideurParam],
    ["/v1/rechercher/aTraiter/valideur", F.RechercherFactureATraiterParValideurParam],
    ["/v1/rechercher/atraiter/recipiendaire", F.RechercherFactureATraiterParRecipiendaireParam],
    ["/v1/consulter/fournisseur", F.ConsulterFactureParam],
    ["/v1/consulter/recipiendaire", F.ConsulterFactureParam],
    ["/v1/consulter/valideur", F.ConsulterFactureParam],
    ["/v1/consulter/historique", F.ConsulterHistoriqueFactureParam],
    ["/v1/telecharger/groupe", F.TelechargerGroupeFactureParam],
    ["/v1/traiter/recue", F.TraiterUneFactureRecueParam],
    ["/v1/traiter/factureAValider", F.TraiterFactureAValiderParam],
    ["/v1/completer", F.CompleterFactureParam],
    ["/v1/corriger/valideur/facture", F.CorrigerValideurFactureParam],
    ["/v1/traiterRejet", F.TraiterFacturesRejeteesParam],
    ["/v1/recuperer/statutsFactureVisibles/valideur", F.RecupererStatutsFactureVisiblesParValideurParam],
  ] as const)("%s", (p, schema) => {
    expect(check(factures, bodyDef(factures, p), schema)).toEqual([]);
  });
});

describe("request schemas exist in the Structures swagger", () => {
  it.each([
    ["/v1/rechercher", S.RechercherStructureParam],
    ["/v1/consulter", S.ConsulterStructureParam],
    ["/v1/rechercher/services", S.RechercherServicesParam],
    ["/v1/consulter/service", S.ConsulterServiceParam],
    ["/v1/lister/rattachementsutilisateur", S.ListerRattachementsParam],
  ] as const)("%s", (p, schema) => {
    expect(check(structures, bodyDef(structures, p), schema)).toEqual([]);
  });
});

describe("the check itself", () => {
  it("catches a misspelt field, nested ones included", () => {
    const bad = z.object({ numeroFacture: z.string(), destinataire: z.object({ codeService: z.string() }).optional() });
    expect(check(factures, "SoumettreFactureParam", bad)).toEqual(["SoumettreFactureParam.numeroFacture", "SoumettreFactureParam.destinataire.codeService"]);
  });
});
