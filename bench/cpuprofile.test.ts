import { describe, expect, it } from "vitest";
import { byArea, moduleOf, summarize, type CpuProfile } from "./cpuprofile";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

// root → handler (app) → render (react) ; root → (idle) ; root → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 4, 5] },
    { id: 2, callFrame: frame("handler", "file:///srv/node_modules/@auth/core/lib/index.js"), children: [3] },
    { id: 3, callFrame: frame("render", "file:///srv/node_modules/next/dist/compiled/next-server/app-page.runtime.prod.js") },
    { id: 4, callFrame: frame("(idle)", "") },
    { id: 5, callFrame: frame("(garbage collector)", "") },
  ],
  startTime: 1_000,
  endTime: 1_600,
  // one sample every 100 µs: handler, render, render, idle, gc, render
  samples: [2, 3, 3, 4, 5, 3],
  timeDeltas: [100, 100, 100, 100, 100, 100],
};

describe("summarize", () => {
  it("adds self time to the leaf and inclusive time to every frame of the stack, idle apart", () => {
    const s = summarize(profile);
    expect(s.sampledMs).toBeCloseTo(0.6);
    expect(s.idleMs).toBeCloseTo(0.1);
    const fn = Object.fromEntries(s.byFunction.map((r) => [r.key.split(" ")[0], r]));
    expect(fn.render).toMatchObject({ selfMs: 0.3, totalMs: 0.3 });
    expect(fn.handler!.selfMs).toBeCloseTo(0.1);
    expect(fn.handler!.totalMs).toBeCloseTo(0.4);
    expect(fn["(root)"]!.totalMs).toBeCloseTo(0.5);
  });

  it("keeps only the samples of the window", () => {
    // Samples are stamped 1100, 1200, … 1600 µs.
    const s = summarize(profile, { fromUs: 1_150, toUs: 1_350 });
    expect(s.sampledMs).toBeCloseTo(0.2);
    expect(s.byFunction.find((r) => r.key.startsWith("render"))!.selfMs).toBeCloseTo(0.2);
  });

  it("sums self time by area, first pattern wins", () => {
    const areas = byArea(summarize(profile).byModule, [
      ["react", /^next\/compiled\/next-server\/app-page/],
      ["auth", /^@auth\//],
      ["gc", /garbage/],
    ]);
    expect(Object.fromEntries(areas.map((a) => [a.area, a.selfMs]))).toMatchObject({ react: 0.3, auth: 0.1, gc: 0.1 });
  });
});

describe("moduleOf", () => {
  it("names packages, Next's own files, Node's modules and build chunks", () => {
    expect(moduleOf("file:///a/node_modules/@electric-sql/pglite/dist/index.js", "f")).toBe("@electric-sql/pglite");
    expect(moduleOf("file:///a/node_modules/jose/dist/webapi/index.js", "f")).toBe("jose");
    expect(moduleOf("file:///a/node_modules/next/dist/server/base-server.js", "f")).toBe("next/server/base-server.js");
    expect(moduleOf("node:zlib", "f")).toBe("node:zlib");
    expect(moduleOf("file:///a/.next-g/server/chunks/ssr/x._.js", "f")).toBe("server/chunks/ssr/x._.js");
    expect(moduleOf("", "(garbage collector)")).toBe("((garbage collector))");
  });
});
