// Issue #8: the old Structures API (decommissioned in 2027) sits behind referentiel.ts, so that
// dropping it later touches one file. This scan fails when any other source file reaches its wrappers:
// by importing lib/chorus-pro/structures (or its wire schemas) or by importing one of its wrappers by
// name from the gateway.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const here = path.resolve(__dirname);
const root = path.resolve(here, "../..");
const SKIP = new Set(["node_modules", "sandbox", "drizzle", "public", "test-results", "playwright-report"]);

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (SKIP.has(e.name) || e.name.startsWith(".")) continue;
      sources(path.join(dir, e.name), out);
    } else if (/\.(ts|tsx|mts|mjs|js)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(path.join(dir, e.name));
  }
  return out;
}

const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");
const insideGateway = (f: string) => rel(f).startsWith("lib/chorus-pro/");
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

/** Every module specifier a file names: static and type imports, re-exports, dynamic imports, vi.mock. */
function specifiers(src: string): string[] {
  return [...src.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Resolves a specifier to a path below the repository (the "@/" alias and relative paths), else null. */
function target(file: string, spec: string): string | null {
  const abs = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
  return abs ? rel(abs).replace(/\.(ts|tsx|js)$/, "").replace(/\/index$/, "") : null;
}

/** Names imported from the gateway: `import { a, b as c, type D } from "@/lib/chorus-pro…"`. */
function gatewayNames(file: string, src: string): string[] {
  const names: string[] = [];
  for (const m of src.matchAll(/\b(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    if (!target(file, m[2]!)?.startsWith("lib/chorus-pro")) continue;
    for (const part of m[1]!.split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]!.trim();
      if (name) names.push(name);
    }
  }
  return names;
}

// What the old API's module exports (wrappers, walkers, its types); read, so that a new wrapper is covered.
const structuresSource = fs.readFileSync(path.join(here, "structures.ts"), "utf8");
const structuresNames = [...structuresSource.matchAll(/^export (?:const|function|async function)\s+(\w+)/gm), ...structuresSource.matchAll(/^export type \{\s*(\w+)/gm)].map((m) => m[1]!);

/** Violations of one file, as "path: what". */
function violations(file: string, src: string): string[] {
  const out: string[] = [];
  const gateway = insideGateway(file);
  for (const spec of specifiers(src)) {
    const t = target(file, spec);
    if (t === "lib/chorus-pro/structures" && !(gateway && (rel(file) === "lib/chorus-pro/referentiel.ts" || isTest(file)))) out.push(`${rel(file)}: imports ${spec}`);
    // Inside the gateway, the Utilisateurs API shares schemas/structures.ts; outside, no wire schema at all.
    if (t === "lib/chorus-pro/schemas/structures" && !gateway) out.push(`${rel(file)}: imports ${spec}`);
  }
  if (!gateway) for (const name of gatewayNames(file, src)) if (structuresNames.includes(name)) out.push(`${rel(file)}: imports ${name} (a Structures API wrapper)`);
  return out;
}

describe("the Structures API is reached through referentiel.ts only", () => {
  it("reads the old API's exports (the scan itself works)", () => {
    expect(structuresNames).toEqual(expect.arrayContaining(["rechercherStructures", "consulterStructure", "rechercherServicesStructure", "walkServicesStructure", "StructureDetail"]));
    const fake = path.join(root, "app/(portal)/x/page.ts");
    expect(violations(fake, `import { consulterStructure, type ChorusContext } from "@/lib/chorus-pro";`)).toEqual(["app/(portal)/x/page.ts: imports consulterStructure (a Structures API wrapper)"]);
    expect(violations(fake, `import * as S from "@/lib/chorus-pro/structures";`)).toHaveLength(1);
    expect(violations(fake, `const m = await import("../../../lib/chorus-pro/structures.ts");`)).toHaveLength(1);
    expect(violations(fake, `import type { StructureDetail } from "@/lib/chorus-pro/schemas/structures";`)).toHaveLength(2);
    expect(violations(path.join(here, "factures.ts"), `import { consulterStructure } from "./structures";`)).toHaveLength(1);
    expect(violations(path.join(here, "referentiel.ts"), `import * as St from "./structures";`)).toEqual([]);
    expect(violations(fake, `import { referentiel } from "@/lib/chorus-pro";`)).toEqual([]);
  });

  it("no file outside referentiel.ts (and the gateway's own tests) imports a Structures API wrapper", () => {
    const dirs = ["app", "lib", "components", "e2e", "bench", "scripts", "test"].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
    const files = [...dirs.flatMap((d) => sources(d)), ...fs.readdirSync(root).filter((f) => /\.(ts|tsx|mjs)$/.test(f)).map((f) => path.join(root, f))];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => violations(f, fs.readFileSync(f, "utf8")))).toEqual([]);
  });

  it("index.ts does not re-export the old API", async () => {
    const index = (await import("./index")) as Record<string, unknown>;
    expect(structuresNames.filter((n) => n in index)).toEqual([]);
    expect(index).toHaveProperty("referentiel");
  });
});
