// Reads a V8 .cpuprofile (node --cpu-prof) and aggregates its samples by function and by module:
// self time (samples whose top frame is there) and inclusive time (samples with it anywhere on the
// stack, counted once per sample). Samples can be limited to a window of the monotonic clock
// (process.hrtime, the clock V8 stamps samples with) so that start-up and warm-up are left out.
// Frames of the build's bundled chunks are mapped back to their source file with the chunk's
// source map, so that "server/chunks/ssr/_0r4rpa._.js" reads "components/factures/amount.tsx".
import fs from "node:fs";
import { SourceMap, type SourceMapping } from "node:module";

export type CpuProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
export type CpuProfile = { nodes: CpuProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type Row = { key: string; selfMs: number; totalMs: number };
export type Summary = { sampledMs: number; idleMs: number; byFunction: Row[]; byModule: Row[] };

/** `node_modules/<pkg>` (scoped too; Next's own files one by one), the app's own chunk or file, or a V8 pseudo-frame. */
export function moduleOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || "native"})`;
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    // Next.js bundles most of itself (React's renderers included): name its file, not the package.
    if (rest[0] === "next") return `next/${rest.slice(rest[1] === "dist" ? 2 : 1).join("/")}`;
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return url;
  const next = url.indexOf("/.next");
  return next >= 0 ? url.slice(next + 1).replace(/^\.next[^/]*\//, "") : url;
}

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = new URL(url).pathname;
      if (file.includes("/.next")) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
    } catch {
      /* no map: keep the chunk's name */
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

type Frame = { module: string; line: number };

/** The original file and line of a frame (through the chunk's source map when there is one). */
function frameOf(n: CpuProfileNode, cache: Map<number, Frame>): Frame {
  const hit = cache.get(n.id);
  if (hit) return hit;
  const f = n.callFrame;
  let frame: Frame = { module: moduleOf(f.url, f.functionName), line: f.lineNumber + 1 };
  const found = f.url.startsWith("file:") ? sourceMapOf(f.url)?.findEntry(f.lineNumber, f.columnNumber) : undefined;
  // findEntry answers {} where the chunk has no mapping.
  const entry = found && "originalSource" in found ? (found as SourceMapping) : undefined;
  if (entry?.originalSource) {
    const source = decodeURIComponent(entry.originalSource).replace(/^(\.\.\/)+/, "").replace(/^\[project\]\//, "").replace(/^turbopack:\/\/\/\[project\]\//, "");
    frame = { module: source.includes("node_modules/") ? moduleOf(`/${source}`, f.functionName) : source, line: entry.originalLine + 1 };
  }
  cache.set(n.id, frame);
  return frame;
}

export function summarize(profile: CpuProfile, window?: { fromUs: number; toUs: number }): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const frames = new Map<number, Frame>();
  const fnKey = (n: CpuProfileNode) => {
    const fr = frameOf(n, frames);
    return `${n.callFrame.functionName || "(anonymous)"} ${fr.module}:${fr.line}`;
  };
  const modKey = (n: CpuProfileNode) => frameOf(n, frames).module;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fnSelf = new Map<string, number>();
  const fnTotal = new Map<string, number>();
  const modSelf = new Map<string, number>();
  const modTotal = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let t = profile.startTime;
  let sampledUs = 0;
  let idleUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (window && (t < window.fromUs || t > window.toUs)) continue;
    // Each sample stands for the interval until the next one.
    const us = profile.timeDeltas[i + 1] ?? dt;
    const leaf = byId.get(profile.samples[i]!);
    if (!leaf) continue;
    sampledUs += us;
    if (leaf.callFrame.functionName === "(idle)") {
      idleUs += us;
      continue;
    }
    add(fnSelf, fnKey(leaf), us);
    add(modSelf, modKey(leaf), us);
    const seenFn = new Set<string>();
    const seenMod = new Set<string>();
    for (let n: CpuProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      seenFn.add(fnKey(n));
      seenMod.add(modKey(n));
    }
    for (const k of seenFn) add(fnTotal, k, us);
    for (const k of seenMod) add(modTotal, k, us);
  }
  const rows = (self: Map<string, number>, total: Map<string, number>): Row[] =>
    [...total.keys()].map((key) => ({ key, selfMs: (self.get(key) ?? 0) / 1000, totalMs: (total.get(key) ?? 0) / 1000 }));
  return { sampledMs: sampledUs / 1000, idleMs: idleUs / 1000, byFunction: rows(fnSelf, fnTotal), byModule: rows(modSelf, modTotal) };
}

/** Self time summed by area (first matching pattern on the module), for a one-screen reading. */
export function byArea(modules: Row[], areas: readonly (readonly [string, RegExp])[]): { area: string; selfMs: number }[] {
  const out = new Map<string, number>(areas.map(([a]) => [a, 0]));
  for (const m of modules) {
    const area = areas.find(([, re]) => re.test(m.key))?.[0] ?? "other";
    out.set(area, (out.get(area) ?? 0) + m.selfMs);
  }
  return [...out].map(([area, selfMs]) => ({ area, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
}
