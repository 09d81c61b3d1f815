import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { decryptSecret } from "@/lib/crypto";
import { getGatewaySettings, getPisteClient, resolveEndpoints } from "./config";
import { ChorusProError } from "./errors";
import { businessError, mapUpstreamFailure, readEnvelope, transportError } from "./error-mapping";
import { DEFAULT_MAX_READ_ATTEMPTS, RETRYABLE_READ_STATUSES } from "./inferred";
import { gatewayLogger, logCall } from "./log";
import { countCall, countError, countRetry } from "./metrics";
import { backoffDelay, parseRetryAfter, sleep } from "./retry";
import { getTokenManager } from "./token";
import type { CallOptions, ChorusContext } from "./types";

export interface ChorusRequest<S extends z.ZodType> {
  operation: string;
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** path below the API base URL, e.g. /cpro/factures/v1/soumettre */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /**
   * A JSON body built as it is sent (files as base64, read from disk): replaces `body`. A factory,
   * since a request re-sent after a 401 needs a fresh stream.
   */
  bodyStream?: () => ReadableStream<Uint8Array>;
  /** reads are retried on 429/502/503/504 and network errors; writes never are */
  mode: "read" | "write";
  response: S;
  /** false for REST APIs without the {codeRetour, libelle} envelope (organisations, PPF annuaire) */
  envelope?: boolean;
  /** codeRetour values that mean "no result": answered by onNoResult instead of an error */
  noResultCodes?: readonly number[];
  onNoResult?: () => z.output<S>;
}

export function cproAccountHeader(login: string, password: string): string {
  return Buffer.from(`${login}:${password}`, "utf8").toString("base64");
}

function decryptPassword(ctx: ChorusContext, operation: string): string {
  try {
    return decryptSecret(ctx.technicalAccount.passwordEnc);
  } catch (cause) {
    throw new ChorusProError({ kind: "configuration", operation, libelle: "technical account password cannot be decrypted", cause });
  }
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try { return JSON.parse(text) as unknown; } catch { return text; }
}

/** The one function that sends an HTTP request to Chorus Pro. */
export async function chorusFetch<S extends z.ZodType>(ctx: ChorusContext, req: ChorusRequest<S>, opts: CallOptions = {}): Promise<z.output<S>> {
  const settings = getGatewaySettings();
  const timeoutMs = opts.timeoutMs ?? settings.timeoutMs;
  const deadline = Date.now() + (opts.retryBudgetMs ?? settings.retryBudgetMs);
  const maxAttempts = opts.retry === false || req.mode === "write" ? 1 : (opts.maxAttempts ?? DEFAULT_MAX_READ_ATTEMPTS);
  const { apiBaseUrl } = resolveEndpoints();
  const url = new URL(apiBaseUrl + req.path);
  for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
  const cproAccount = cproAccountHeader(ctx.technicalAccount.login, decryptPassword(ctx, req.operation));
  const tokens = getTokenManager();
  const requestId = randomUUID();
  countCall(req.operation);

  let attempt = 0;
  let tokenRefreshed = false;
  for (;;) {
    attempt++;
    const started = Date.now();
    let pendingDelay = 0;
    const fail = (e: ChorusProError, httpStatus?: number): never => {
      countError(e.kind);
      logCall({ requestId, operation: req.operation, durationMs: Date.now() - started, httpStatus, codeRetour: e.codeRetour, attempt, errorKind: e.kind });
      throw e;
    };
    const retryable = (retryAfterMs?: number | null): boolean => {
      if (attempt >= maxAttempts) return false;
      const delay = backoffDelay(attempt, { retryAfterMs });
      if (Date.now() + delay > deadline) return false;
      countRetry();
      gatewayLogger.info({ requestId, operation: req.operation, attempt, delayMs: delay }, "retrying read");
      pendingDelay = delay;
      return true;
    };

    const token = await tokens.getToken().catch((e: unknown) => fail(e instanceof ChorusProError ? e : transportError("piste.token", e, false)));
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      "cpro-account": cproAccount,
      Accept: "application/json;charset=utf-8",
      "X-Request-Id": requestId,
    };
    if (req.body !== undefined || req.bodyStream) headers["Content-Type"] = "application/json;charset=utf-8";
    const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);

    let res: Response;
    let body: unknown;
    try {
      const init: RequestInit & { duplex?: "half" } = req.bodyStream
        // undici requires duplex "half" for a streamed request body
        ? { method: req.method ?? "POST", headers, body: req.bodyStream(), duplex: "half", signal }
        : { method: req.method ?? "POST", headers, body: req.body === undefined ? undefined : JSON.stringify(req.body), signal };
      res = await fetch(url, init);
      body = await readBody(res);
    } catch (cause) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
      const err = transportError(req.operation, cause, timedOut);
      if (req.mode === "read" && retryable()) { await sleep(pendingDelay, opts.signal); continue; }
      return fail(err);
    }

    if (res.status === 401 && !tokenRefreshed) {
      // A 401 is a refusal before any processing, so even a write may be re-sent once with a new token.
      tokenRefreshed = true;
      tokens.invalidate(token);
      logCall({ requestId, operation: req.operation, durationMs: Date.now() - started, httpStatus: 401, attempt, errorKind: "token_dropped" });
      continue;
    }
    const envelope = req.envelope === false ? undefined : readEnvelope(body);
    if (envelope && envelope.codeRetour !== 0 && req.noResultCodes?.includes(envelope.codeRetour) && req.onNoResult && (res.ok || res.status === 400)) {
      logCall({ requestId, operation: req.operation, durationMs: Date.now() - started, httpStatus: res.status, codeRetour: envelope.codeRetour, attempt });
      return req.onNoResult();
    }
    if (!res.ok) {
      const retryAfter = res.headers.get("retry-after");
      if (req.mode === "read" && RETRYABLE_READ_STATUSES.has(res.status) && retryable(parseRetryAfter(retryAfter))) {
        await sleep(pendingDelay, opts.signal);
        continue;
      }
      const pisteClientId = res.status === 401 ? await getPisteClient().then((c) => c.client_id, () => undefined) : undefined;
      return fail(mapUpstreamFailure({
        operation: req.operation, status: res.status, body, retryAfter,
        wwwAuthenticate: res.headers.get("www-authenticate"), afterFreshToken: tokenRefreshed,
        technicalLogin: ctx.technicalAccount.login, pisteClientId,
      }), res.status);
    }
    if (envelope && envelope.codeRetour !== 0) return fail(businessError(req.operation, envelope.codeRetour, envelope.libelle, res.status), res.status);

    const parsed = req.response.safeParse(body);
    if (!parsed.success) {
      gatewayLogger.error({ requestId, operation: req.operation, issues: parsed.error.issues.slice(0, 5) }, "unexpected response shape");
      return fail(new ChorusProError({ kind: "invalid_response", operation: req.operation, httpStatus: res.status }), res.status);
    }
    logCall({ requestId, operation: req.operation, durationMs: Date.now() - started, httpStatus: res.status, codeRetour: envelope?.codeRetour, attempt });
    return parsed.data;
  }
}
