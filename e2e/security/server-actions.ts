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

/** Plain arguments (what authedAction wrappers take). */
export async function callAction(request: APIRequestContext, ref: ActionRef, args: unknown[]): Promise<string> {
  const res = await request.post(ref.pagePath, {
    headers: { "Next-Action": ref.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return `${res.status()} ${await res.text()}`;
}

/** A single FormData argument, encoded as React's encodeReply does ("$K1" + prefixed fields). */
export async function callFormAction(request: APIRequestContext, ref: ActionRef, fields: Record<string, string>): Promise<string> {
  const multipart: Record<string, string> = { "0": JSON.stringify(["$K1"]) };
  for (const [k, v] of Object.entries(fields)) multipart[`1_${k}`] = v;
  const res = await request.post(ref.pagePath, {
    headers: { "Next-Action": ref.id, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  return `${res.status()} ${await res.text()}`;
}

export type Verdict = "denied" | "allowed";

/** An authedAction answers { ok:false, error:{ code:"forbidden"|"unauthenticated" } } when it refuses. */
export function verdictOf(body: string): Verdict {
  return /"code":"(forbidden|unauthenticated)"/.test(body) ? "denied" : "allowed";
}
