import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { decryptSecret } from "@/lib/crypto";
import { getGatewaySettings, getPisteClient, resolveEndpoints } from "./config";
import { ChorusProError } from "./errors";
import { dropNulls } from "./schemas/common";
import { businessError, mapUpstreamFailure, readEnvelope, transportError } from "./error-mapping";
import { DEFAULT_MAX_READ_ATTEMPTS, RETRYABLE_READ_STATUSES } from "./inferred";
import { gatewayLogger, logCall } from "./log";
import { countCall, countError, countRetry } from "./metrics";
import { backoffDelay, parseRetryAfter, sleep } from "./retry";
import { send, TransportFailure, type HttpResponse } from "./http";
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

// The cpro-account header of the last technical accounts used, keyed by their ciphertext (which
// changes with every new password): saves an AES-GCM decryption per call. Bounded and short-lived
// so that a plaintext password does not linger in memory after its structure stops calling.
const HEADER_TTL_MS = 60_000;
const HEADER_CACHE_MAX = 256;
const headerCache = new Map<string, { header: string; until: number }>();

function cproAccountFor(ctx: ChorusContext, operation: string): string {
  const key = `${ctx.technicalAccount.login}\u0000${ctx.technicalAccount.passwordEnc}`;
  const now = Date.now();
  const hit = headerCache.get(key);
  if (hit && hit.until > now) return hit.header;
  let password: string;
  try {
    password = decryptSecret(ctx.technicalAccount.passwordEnc);
  } catch (cause) {
    throw new ChorusProError({ kind: "configuration", operation, libelle: "technical account password cannot be decrypted", cause });
  }
  const header = cproAccountHeader(ctx.technicalAccount.login, password);
  if (headerCache.size >= HEADER_CACHE_MAX) headerCache.clear();
  headerCache.set(key, { header, until: now + HEADER_TTL_MS });
  return header;
}

/** The one function that sends an HTTP request to Chorus Pro. */
export async function chorusFetch<S extends z.ZodType>(ctx: ChorusContext, req: ChorusRequest<S>, opts: CallOptions = {}): Promise<z.output<S>> {
  const settings = getGatewaySettings();
  const timeoutMs = opts.timeoutMs ?? settings.timeoutMs;
  const deadline = Date.now() + (opts.retryBudgetMs ?? settings.retryBudgetMs);
  const maxAttempts = opts.retry === false || req.mode === "write" ? 1 : (opts.maxAttempts ?? DEFAULT_MAX_READ_ATTEMPTS);
  const { apiBaseUrl } = resolveEndpoints();
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) query.set(k, v);
  const url = query.size ? `${apiBaseUrl}${req.path}?${query}` : apiBaseUrl + req.path;
  const cproAccount = cproAccountFor(ctx, req.operation);
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
    let res: HttpResponse;
    try {
      res = await send({
        url, method: req.method ?? "POST", headers, timeoutMs, signal: opts.signal,
        body: req.bodyStream ? req.bodyStream() : req.body === undefined ? undefined : JSON.stringify(req.body),
      });
    } catch (cause) {
      if (!(cause instanceof TransportFailure)) throw cause; // the caller's own abort
      const err = transportError(req.operation, cause.cause, cause.timedOut);
      if (req.mode === "read" && retryable()) { await sleep(pendingDelay, opts.signal); continue; }
      return fail(err);
    }
    const body = res.body;

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
      const retryAfter = res.header("retry-after");
      if (req.mode === "read" && RETRYABLE_READ_STATUSES.has(res.status) && retryable(parseRetryAfter(retryAfter))) {
        await sleep(pendingDelay, opts.signal);
        continue;
      }
      const pisteClientId = res.status === 401 ? await getPisteClient().then((c) => c.client_id, () => undefined) : undefined;
      return fail(mapUpstreamFailure({
        operation: req.operation, status: res.status, body, retryAfter,
        wwwAuthenticate: res.header("www-authenticate"), afterFreshToken: tokenRefreshed,
        technicalLogin: ctx.technicalAccount.login, pisteClientId,
      }), res.status);
    }
    if (envelope && envelope.codeRetour !== 0) return fail(businessError(req.operation, envelope.codeRetour, envelope.libelle, res.status), res.status);

    const parsed = req.response.safeParse(dropNulls(body));
    if (!parsed.success) {
      gatewayLogger.error({ requestId, operation: req.operation, issues: parsed.error.issues.slice(0, 5) }, "unexpected response shape");
      return fail(new ChorusProError({ kind: "invalid_response", operation: req.operation, httpStatus: res.status }), res.status);
    }
    logCall({ requestId, operation: req.operation, durationMs: Date.now() - started, httpStatus: res.status, codeRetour: envelope?.codeRetour, attempt });
    return parsed.data;
  }
}
