// A small Swagger 2.0 JSON-schema validator (definitions/$ref, type, enum, required, items) so that contract
// tests check responses against the swagger read at test time — never a copy of it in the repo.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Schema { $ref?: string; type?: string; enum?: unknown[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema; format?: string }
export interface Swagger { basePath: string; paths: Record<string, Record<string, { parameters?: { in: string; schema?: Schema }[]; responses: Record<string, { schema?: Schema }> }>>; definitions: Record<string, Schema> }

export function loadSwagger(file = "api-chorus-pro.json"): Swagger {
  // Path relative to the repo: ../shared/reference/chorus-pro/openapi/
  const p = path.resolve(__dirname, "../../../shared/reference/chorus-pro/openapi", file);
  return JSON.parse(readFileSync(p, "utf8")) as Swagger;
}

/** CONTRACT §8.6: FactureRechercheValideur.montant* are int64 in the swagger but are amounts (numbers). */
const INTEGER_AS_NUMBER = new Set(["FactureRechercheValideur.montantHT", "FactureRechercheValideur.montantTTC", "FactureRechercheValideur.montantAPayer"]);

export function validate(sw: Swagger, schema: Schema, value: unknown, at = "$", def = ""): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/definitions/", "");
    const target = sw.definitions[name];
    if (!target) return [`${at}: unknown $ref ${schema.$ref}`];
    return validate(sw, target, value, at, name);
  }
  const errors: string[] = [];
  const type = schema.type ?? (schema.properties ? "object" : undefined);
  if (value === null) return [`${at}: null where ${type ?? "a value"} expected`];
  switch (type) {
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return [`${at}: expected object`];
      const obj = value as Record<string, unknown>;
      for (const r of schema.required ?? []) if (!(r in obj)) errors.push(`${at}.${r}: required`);
      for (const [k, sub] of Object.entries(schema.properties ?? {})) {
        if (!(k in obj)) continue;
        const key = `${def}.${k}`;
        if (sub.type === "integer" && INTEGER_AS_NUMBER.has(key)) {
          if (typeof obj[k] !== "number") errors.push(`${at}.${k}: expected number`);
          continue;
        }
        errors.push(...validate(sw, sub, obj[k], `${at}.${k}`, def));
      }
      break;
    }
    case "array":
      if (!Array.isArray(value)) return [`${at}: expected array`];
      value.forEach((v, i) => errors.push(...validate(sw, schema.items ?? {}, v, `${at}[${i}]`, def)));
      break;
    case "string":
      if (typeof value !== "string") errors.push(`${at}: expected string, got ${typeof value}`);
      break;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) errors.push(`${at}: expected integer, got ${JSON.stringify(value)}`);
      break;
    case "number":
      if (typeof value !== "number") errors.push(`${at}: expected number`);
      break;
    case "boolean":
      if (typeof value !== "boolean") errors.push(`${at}: expected boolean`);
      break;
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  return errors;
}

export function requestSchema(sw: Swagger, p: string): Schema {
  const op = sw.paths[p]?.post;
  const s = op?.parameters?.find((x) => x.in === "body")?.schema;
  if (!s) throw new Error(`no body schema for ${p}`);
  return s;
}

export function responseSchema(sw: Swagger, p: string): Schema {
  const s = sw.paths[p]?.post?.responses["200"]?.schema;
  if (!s) throw new Error(`no 200 schema for ${p}`);
  return s;
}
