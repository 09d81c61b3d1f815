// Test-only (read by swagger-check*.test.ts, never by the gateway): the wire shape of our zod schemas,
// and the swagger files of ../shared/reference/chorus-pro/openapi read as they are (never copied).
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";

export interface SwaggerSchema {
  $ref?: string; type?: string; enum?: string[];
  properties?: Record<string, SwaggerSchema>; items?: SwaggerSchema; allOf?: SwaggerSchema[];
}
interface SwaggerOperation {
  parameters?: Array<{ in: string; schema?: SwaggerSchema }>;
  requestBody?: { content?: Record<string, { schema?: SwaggerSchema }> };
  responses?: Record<string, { schema?: SwaggerSchema; content?: Record<string, { schema?: SwaggerSchema }> }>;
}
export interface SwaggerDoc {
  basePath?: string;
  definitions?: Record<string, SwaggerSchema>;
  components?: { schemas?: Record<string, SwaggerSchema> };
  paths: Record<string, Record<string, SwaggerOperation>>;
}

export const loadSwagger = (file: string): SwaggerDoc =>
  JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "../shared/reference/chorus-pro/openapi", file), "utf8")) as SwaggerDoc;

/** The definition a $ref, an array's items or an allOf's first member points at. */
export const refName = (p: SwaggerSchema | undefined): string | undefined =>
  (p?.$ref ?? p?.items?.$ref ?? p?.allOf?.find((x) => x.$ref)?.$ref)?.split("/").pop();

/** A named definition (Swagger 2 `definitions`, OpenAPI 3 `components.schemas`), allOf members merged. */
export function definitionOf(doc: SwaggerDoc, name: string): SwaggerSchema | undefined {
  const def = doc.definitions?.[name] ?? doc.components?.schemas?.[name];
  if (!def?.allOf) return def;
  const properties = { ...def.properties };
  for (const part of def.allOf) Object.assign(properties, (part.$ref ? definitionOf(doc, part.$ref.split("/").pop()!) : part)?.properties);
  return { ...def, properties };
}

/** The operation of a concrete path: `/siren/code-insee:123456789` matches `/siren/code-insee:{siren}`. */
export function findOperation(doc: SwaggerDoc, concrete: string, method: string): SwaggerOperation | undefined {
  const m = method.toLowerCase();
  if (doc.paths[concrete]?.[m]) return doc.paths[concrete][m];
  const hit = Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`).test(concrete) && doc.paths[t]?.[m]);
  return hit ? doc.paths[hit]![m] : undefined;
}
export const requestDef = (op: SwaggerOperation): string | undefined =>
  refName(op.parameters?.find((x) => x.in === "body")?.schema ?? op.requestBody?.content?.["application/json"]?.schema);
export const responseDef = (op: SwaggerOperation): string | undefined => {
  const ok = op.responses?.["200"];
  return refName(ok?.schema ?? ok?.content?.["application/json"]?.schema);
};

type Def = {
  type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; out?: z.ZodType;
  left?: z.ZodType; right?: z.ZodType; options?: z.ZodType[]; getter?: () => z.ZodType; transform?: (v: unknown, ctx: unknown) => unknown;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** What a preprocess step read from its input: the wire key behind an output value. */
class WireKey { constructor(readonly key: string) {} }

/**
 * A preprocess (pagedResponse, listResponse) renames wire keys before the object schema sees them.
 * It is run on a probe that answers every key read with a WireKey, so that its result tells which
 * wire key feeds which output key — and the probe itself, when fields are read at the top level.
 */
function preprocessShape(pre: Def, out: z.ZodType): Record<string, z.ZodType> | undefined {
  const probe: object = new Proxy({}, { get: (_t, k) => (typeof k === "string" ? new WireKey(k) : undefined) });
  let r: unknown;
  try { r = pre.transform?.(probe, { value: probe, issues: [], addIssue: () => undefined }); } catch { return undefined; }
  if (r instanceof WireKey) return { [r.key]: out };
  if (r === probe) return wireShape(out);
  if (!r || typeof r !== "object") return undefined;
  const outShape = wireShape(out) ?? {};
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(r)) {
    const sub = outShape[k];
    if (!sub) continue;
    if (v instanceof WireKey) shape[v.key] = sub;
    else if (v === probe) Object.assign(shape, wireShape(sub));
  }
  return shape;
}

/** The object a schema reads on the wire (z.input side), keyed by wire names; undefined for scalars. */
export function wireShape(s: z.ZodType): Record<string, z.ZodType> | undefined {
  const d = defOf(s);
  switch (d.type) {
    case "object": return d.shape;
    case "pipe": return defOf(d.in!).type === "transform" ? preprocessShape(defOf(d.in!), d.out!) : wireShape(d.in!);
    case "intersection": {
      const l = wireShape(d.left!), r = wireShape(d.right!);
      return l || r ? { ...l, ...r } : undefined;
    }
    case "union": {
      const parts = d.options!.map(wireShape).filter((x): x is Record<string, z.ZodType> => !!x);
      return parts.length ? Object.assign({}, ...parts) as Record<string, z.ZodType> : undefined;
    }
    case "lazy": return wireShape(d.getter!());
    default: {
      const inner = d.innerType ?? d.element;
      return inner ? wireShape(inner) : undefined;
    }
  }
}

/** Every wire key our schema declares that the swagger definition lacks, nested objects included. */
export function missingKeys(doc: SwaggerDoc, defName: string, schema: z.ZodType, trail = defName): string[] {
  const def = definitionOf(doc, defName);
  if (!def) return [`${trail}: definition missing in swagger`];
  const problems: string[] = [];
  for (const [key, sub] of Object.entries(wireShape(schema) ?? {})) {
    const prop = def.properties?.[key];
    if (!prop) { problems.push(`${trail}.${key}`); continue; }
    const child = refName(prop);
    if (child && wireShape(sub)) problems.push(...missingKeys(doc, child, sub, `${trail}.${key}`));
  }
  return problems;
}
