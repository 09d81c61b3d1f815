// The request pipeline every call goes through: route → faults → bearer → rate limit → cpro-account →
// content negotiation → body (size caps) → JSON → handler → envelope (→ an `after` fault replaces the
// reply). Order mirrors a gateway in front of the API: authentication answers before the API looks at
// the payload.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ZodError } from "zod";
import { BusinessError, ERRORS, type ErrorKey } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { LIMITS, ROUTE_BODY_LIMITS } from "../model/limits";
import type { Registry } from "../model/registry";
import { checkBearer, checkCproAccount, bearerToken } from "./auth";
import type { Fault, Faults } from "./faults";
import { acceptsJson, acceptsUtf8, isJsonContentType } from "./negotiation";
import type { BaseCtx, Reply, Router } from "./router";
import type { RateLimiter, Stats } from "./stats";

export interface PipelineDeps { router: Router; registry: Registry; faults: Faults; stats: Stats; limiter: RateLimiter; held: Set<ServerResponse> }

const errorReply = (key: ErrorKey, detail?: string, headers?: Record<string, string>): Reply => ({
  status: ERRORS[key].http, headers, json: new BusinessError(key, detail).envelope(),
});

export async function handle(deps: PipelineDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox.local");
  const method = req.method ?? "GET";
  const m = deps.router.match(method, url.pathname);
  let operation = `${method} ${url.pathname}`;
  let clientId: string | undefined;
  // An `after` fault: the handler runs (a write is applied), then its answer is lost on the way back.
  let lost: Fault | undefined;
  let handled = false;
  const finish = (reply: Reply) => {
    if (lost && handled) return loseAnswer(deps, res, operation, lost, clientId);
    deps.stats.record(operation, reply.status ?? 200, clientId);
    send(res, reply);
  };
  if (!m) { drain(req); return finish(errorReply("NOT_FOUND")); }
  if ("allowed" in m) { drain(req); return finish(errorReply("METHOD_NOT_ALLOWED", undefined, { allow: m.allowed.join(", ") })); }
  const { def, params } = m;
  operation = `${def.method} ${def.path}`;
  try {
    if (def.api !== "control") {
      const fault = deps.faults.pick(url.pathname);
      if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      if (fault?.after) lost = fault;
      if (fault?.timeout && !fault.after) { hold(deps, res); drain(req); deps.stats.record(operation, 0); return; }
      if (fault?.revokeToken) { const t = bearerToken(req); if (t) deps.registry.revoke(t); }
      if (fault?.status && !fault.after) {
        drain(req);
        const key: ErrorKey = fault.status === 429 ? "TOO_MANY_REQUESTS" : "INTERNAL";
        return finish({ status: fault.status, headers: fault.status === 429 ? { "retry-after": "1" } : undefined, json: new BusinessError(key, "(panne injectée)").envelope() });
      }
    }
    const ctx: BaseCtx = { req, body: undefined, params, query: url.searchParams, registry: deps.registry };
    let cpro: ReturnType<typeof checkCproAccount> | undefined;
    if (def.auth !== "none") {
      const b = checkBearer(deps.registry, req);
      // SW-PPF: the annuaire answers its own `erreur` body, not the Chorus Pro envelope.
      if (!b.ok) { drain(req); return finish(def.errorStyle === "ppf" ? ppf401(b.reply, url.pathname) : b.reply); }
      clientId = ctx.clientId = b.value.clientId;
      const wait = deps.limiter.hit(b.value.clientId);
      if (wait) { drain(req); return finish(errorReply("TOO_MANY_REQUESTS", undefined, { "retry-after": String(wait) })); }
      if (def.auth === "cpro") {
        cpro = checkCproAccount(deps.registry, req, def.errorStyle ?? "classic");
        if (!cpro.ok) { drain(req); return finish(cpro.reply); }
      }
    }
    const bodyType = def.bodyType ?? (def.method === "GET" || def.method === "DELETE" ? "none" : "json");
    if (def.api !== "control" && def.api !== "oauth") {
      if (bodyType === "json" && !isJsonContentType(req.headers["content-type"])) { drain(req); return finish(errorReply("UNSUPPORTED_MEDIA")); }
      if (!acceptsJson(req.headers.accept) || !acceptsUtf8(String(req.headers["accept-charset"] ?? ""))) { drain(req); return finish(errorReply("NOT_ACCEPTABLE")); }
    }
    if (bodyType !== "none") {
      const limit = Math.min(ROUTE_BODY_LIMITS[def.bodyLimit ?? "default"], LIMITS.requestBytes);
      const raw = await readBody(req, limit);
      if (raw === "too-large") return finish(errorReply("PAYLOAD_TOO_LARGE"));
      const text = raw.toString("utf8");
      if (bodyType === "form") ctx.body = Object.fromEntries(new URLSearchParams(text));
      else if (!text.trim()) ctx.body = INFERRED.emptyBodyIsEmptyObject ? {} : undefined;
      else {
        try { ctx.body = JSON.parse(text); } catch { return finish(errorReply("MALFORMED_JSON")); }
      }
    } else drain(req);
    handled = true;
    const reply = def.auth === "cpro" && cpro?.ok ? await def.handler({ ...ctx, ...cpro.value }) : def.auth !== "cpro" ? await def.handler(ctx) : errorReply("INTERNAL");
    return finish(reply);
  } catch (err) {
    if (err instanceof BusinessError) return finish({ status: err.http, json: err.envelope() });
    if (err instanceof ZodError) {
      const issue = err.issues[0];
      return finish(errorReply("PARAM_INVALID", issue ? `${issue.path.join(".")} : ${issue.message}` : undefined));
    }
    console.error("[sandbox] unexpected error", err);
    return finish(errorReply("INTERNAL"));
  }
}

/** The handler's reply never reaches the client: a 5xx in its place, or a socket held open. */
function loseAnswer(deps: PipelineDeps, res: ServerResponse, operation: string, fault: Fault, clientId: string | undefined): void {
  if (fault.timeout) { hold(deps, res); deps.stats.record(operation, 0, clientId); return; }
  const status = fault.status ?? 502;
  deps.stats.record(operation, status, clientId);
  send(res, { status, json: new BusinessError("INTERNAL", "(panne injectée après traitement)").envelope() });
}

/** Keeps the socket open without answering; released when the client gives up or the sandbox stops. */
function hold(deps: PipelineDeps, res: ServerResponse): void {
  deps.held.add(res);
  res.once("close", () => deps.held.delete(res));
}

function ppf401(reply: Reply, instance: string): Reply {
  const detail = (reply.json as { error_description?: string } | undefined)?.error_description ?? "Jeton d'accès invalide";
  return { ...reply, headers: { ...reply.headers, "content-type": "application/problem+json;charset=utf-8" }, json: { type: "about:blank", titre: "Non autorisé", statut: 401, detail, instance } };
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | undefined;
  if (reply.json !== undefined) {
    payload = JSON.stringify(reply.json);
    headers["content-type"] ??= "application/json;charset=utf-8";
  } else if (reply.text !== undefined) {
    payload = reply.text;
    headers["content-type"] ??= "text/plain;charset=utf-8";
  }
  res.writeHead(reply.status ?? 200, headers);
  res.end(payload);
}

/** Reads at most `limit` bytes; past it keeps draining so the client sees a clean 413, not a reset. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "0");
    let size = 0;
    let over = declared > limit;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      if (!over) chunks.push(c);
    });
    req.on("end", () => resolve(over ? "too-large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function drain(req: IncomingMessage): void {
  req.resume();
}
