import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Calls server actions over HTTP as the browser does (Next-Action header + encoded arguments),
// so that every action can be exercised as any user, with any payload — including forged ones.

export type ActionRef = { id: string; file: string; name: string; pagePath: string };

function routeOf(worker: string): string {
  // "app/(portal)/factures/emises/page" → "/factures/emises"
  const segments = worker.replace(/^app\//, "").replace(/\/page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s));
  const p = `/${segments.join("/")}`.replace(/\/$/, "");
  return p === "" || p === "/page" ? "/" : p;
}

export function listServerActions(): ActionRef[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => {
    const workers = Object.keys(v.workers).filter((w) => w.endsWith("/page") && !w.includes("["));
    return { id, file: v.filename, name: v.exportedName, pagePath: routeOf(workers[0] ?? "app/page") };
  });
}

/** Plain JSON arguments (what authedAction wrappers take; the portal's actions take no FormData). */
export async function callAction(request: APIRequestContext, ref: ActionRef, args: unknown[]): Promise<string> {
  const res = await request.post(ref.pagePath, {
    headers: { "Next-Action": ref.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const location = res.headers()["location"];
  return `${res.status()} ${location ? new URL(location, "http://x").pathname : ""}${await res.text()}`;
}

export type Verdict = "denied" | "allowed";

/** An authedAction answers { ok:false, error:{ code:"forbidden"|"unauthenticated" } } when it refuses. */
// proxy.ts also turns signed-out requests away with a redirect to the sign-in page.
export function verdictOf(body: string): Verdict {
  if (/^30\d \/login/.test(body)) return "denied";
  return /"code":"(forbidden|unauthenticated)"/.test(body) ? "denied" : "allowed";
}

/** Route handlers of the build under /api, as "/api/…" patterns (e.g. "/api/factures/emises/[id]/telecharger"). */
export function listApiRoutes(): string[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.startsWith("/api/") && k.endsWith("/route"))
    .map((k) => k.replace(/\/route$/, ""));
}
