// A small Swagger 2.0 / OpenAPI 3 JSON-schema validator ($ref to definitions or components/schemas, type, enum,
// required, items, nullable, pattern, maxLength) so that contract tests check responses against the file read at
// test time — never a copy of it in the repo.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Schema { $ref?: string; type?: string; enum?: unknown[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema; format?: string; nullable?: boolean; pattern?: string; maxLength?: number }
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
    const name = schema.$ref.replace(/^#\/(definitions|components\/schemas)\//, "");
    const target = sw.definitions[name];
    if (!target) return [`${at}: unknown $ref ${schema.$ref}`];
    return validate(sw, target, value, at, name);
  }
  const errors: string[] = [];
  const type = schema.type ?? (schema.properties ? "object" : undefined);
  if (value === null) return schema.nullable ? [] : [`${at}: null where ${type ?? "a value"} expected`];
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
      else {
        if (schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
        if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${at}: longer than ${schema.maxLength}`);
      }
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

interface OpenApi3 { servers?: { url: string }[]; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>; components: { schemas: Record<string, Schema> } }

/** An OpenAPI 3 file seen through the Swagger shape `validate` knows (components.schemas as definitions). */
export function loadOpenApi3(file: string): { sw: Swagger; doc: OpenApi3 } {
  const p = path.resolve(__dirname, "../../../shared/reference/chorus-pro/openapi", file);
  const doc = JSON.parse(readFileSync(p, "utf8")) as OpenApi3;
  return { doc, sw: { basePath: "", paths: {}, definitions: doc.components.schemas } };
}

/** Request body schema (status "request") or the JSON schema of a response status of an OpenAPI 3 operation. */
export function oas3Schema(doc: OpenApi3, p: string, method: string, status: string): Schema {
  const op = doc.paths[p]?.[method];
  const content = status === "request" ? op?.requestBody?.content : op?.responses[status]?.content;
  const s = content?.["application/json"]?.schema ?? content?.["application/problem+json"]?.schema;
  if (!s) throw new Error(`no ${status} schema for ${method} ${p}`);
  return s;
}
