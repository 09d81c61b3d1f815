import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { RouteRow } from "./matrix/types";

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

/** One action of the build by its source file and export, e.g. ("app/(portal)/admin/comptes/actions.ts", "createAccountAction"). */
export function actionRef(file: string, name: string): ActionRef {
  const ref = listServerActions().find((a) => a.file === file && a.name === name);
  if (!ref) throw new Error(`no server action ${file}#${name} in the build`);
  return ref;
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

/**
 * An authedAction answers { ok:false, error:{ code:"forbidden"|"unauthenticated" } } when it refuses.
 * proxy.ts also turns signed-out requests away with a redirect to the sign-in page: that alone would
 * hide an action without its own user check, hence refusedByAction for a session the proxy lets through.
 */
export function verdictOf(body: string): Verdict {
  if (/^30\d \/login/.test(body)) return "denied";
  return /"code":"(forbidden|unauthenticated)"/.test(body) ? "denied" : "allowed";
}

/** The action itself refused the caller as signed out (not the proxy's redirect). */
export function refusedByAction(body: string): boolean {
  return /^200 /.test(body) && /"code":"unauthenticated"/.test(body);
}

/** Calls a route row for a structure: its status, and where a redirect leads. */
export async function callRoute(request: APIRequestContext, row: Exclude<RouteRow, { exempt: string }>, id: number): Promise<{ status: number; location: string }> {
  const res = await request.fetch(row.url(id), { method: row.method, ...(row.body ? { data: row.body(id) } : {}), maxRedirects: 0 });
  return { status: res.status(), location: res.headers()["location"] ?? "" };
}

export function routeVerdict(r: { status: number; location: string }): Verdict {
  return r.status === 401 || r.status === 403 || r.location.includes("/login") ? "denied" : "allowed";
}

/** Route handlers of the build under /api, as "/api/…" patterns (e.g. "/api/factures/emises/[id]/telecharger"). */
export function listApiRoutes(): string[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.startsWith("/api/") && k.endsWith("/route"))
    .map((k) => k.replace(/\/route$/, ""));
}
