import "server-only";
import { z } from "zod";
import { getGatewaySettings, getPisteClient, resolveEndpoints, type PisteClient } from "./config";
import { ChorusProError } from "./errors";
import { looksLikeTechnicalLogin } from "./error-mapping";
import { TOKEN_SCOPE } from "./inferred";
import { gatewayLogger } from "./log";
import { countTokenFailure, countTokenRenewal } from "./metrics";

const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

interface CachedToken { value: string; expiresAt: number; lifetimeMs: number }

export interface TokenManagerOptions {
  tokenUrl: () => string;
  client: () => Promise<PisteClient>;
  marginMs: () => number;
  fetchImpl?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

export interface TokenManager {
  /** A valid access token; at most one token request is in flight per PISTE client. */
  getToken(): Promise<string>;
  /** Drops `token` if it is still the cached one (a late 401 must not evict a newer token). */
  invalidate(token: string): void;
  clear(): void;
}

export function createTokenManager(opts: TokenManagerOptions): TokenManager {
  const now = opts.now ?? Date.now;
  const cache = new Map<string, CachedToken>();
  const inflight = new Map<string, Promise<CachedToken>>();
  // Refused PISTE credentials are remembered a short while: a page polling /api/health, or a burst
  // of calls, must not hammer the token endpoint with credentials it has just refused.
  const refused = new Map<string, { error: ChorusProError; until: number }>();
  const REFUSAL_MEMORY_MS = 15_000;

  async function request(url: string, client: PisteClient): Promise<CachedToken> {
    const form = new URLSearchParams({
      grant_type: "client_credentials", client_id: client.client_id, client_secret: client.client_secret, scope: TOKEN_SCOPE,
    });
    const started = now();
    let res: Response;
    try {
      res = await (opts.fetchImpl ?? fetch)(url, {
        method: "POST", body: form,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      });
    } catch (cause) {
      countTokenFailure();
      const timedOut = cause instanceof Error && cause.name === "TimeoutError";
      throw new ChorusProError({ kind: timedOut ? "timeout" : "network", operation: "piste.token", cause });
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      countTokenFailure();
      gatewayLogger.warn({ operation: "piste.token", httpStatus: res.status, durationMs: now() - started }, "token refused");
      if (res.status === 400 || res.status === 401) {
        // PISTE answers 400 invalid_client for bad client credentials (SEEN [ZMOG]).
        const kind = looksLikeTechnicalLogin(client.client_id) ? "credentials_confused" : "piste_credentials";
        throw new ChorusProError({ kind, operation: "piste.token", httpStatus: res.status });
      }
      throw new ChorusProError({ kind: res.status === 429 ? "rate_limited" : res.status >= 500 ? "unavailable" : "piste_credentials", operation: "piste.token", httpStatus: res.status });
    }
    const parsed = TokenResponse.safeParse(body);
    if (!parsed.success) {
      countTokenFailure();
      throw new ChorusProError({ kind: "invalid_response", operation: "piste.token", httpStatus: res.status });
    }
    countTokenRenewal();
    const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
    gatewayLogger.info({ operation: "piste.token", durationMs: now() - started, expiresInS: lifetimeMs / 1000 }, "token renewed");
    return { value: parsed.data.access_token, expiresAt: started + lifetimeMs, lifetimeMs };
  }

  return {
    async getToken() {
      const client = await opts.client();
      const url = opts.tokenUrl();
      const key = `${url}|${client.client_id}`;
      const cached = cache.get(key);
      // Renew ahead of expiry; a token living less than twice the margin is renewed at half-life
      // instead, otherwise every call would fetch a new one.
      if (cached && now() < cached.expiresAt - Math.min(opts.marginMs(), cached.lifetimeMs / 2)) return cached.value;
      const refusal = refused.get(key);
      if (refusal && now() < refusal.until) throw refusal.error;
      let pending = inflight.get(key);
      if (!pending) {
        pending = request(url, client).then(
          (t) => { cache.set(key, t); inflight.delete(key); refused.delete(key); return t; },
          (e: unknown) => {
            inflight.delete(key);
            if (e instanceof ChorusProError && (e.kind === "piste_credentials" || e.kind === "credentials_confused")) refused.set(key, { error: e, until: now() + REFUSAL_MEMORY_MS });
            throw e;
          },
        );
        inflight.set(key, pending);
      }
      return (await pending).value;
    },
    invalidate(token) {
      for (const [key, t] of cache) if (t.value === token) cache.delete(key);
    },
    clear() { cache.clear(); refused.clear(); },
  };
}

let defaultManager: TokenManager | undefined;

/** The process-wide token manager (one cache per PISTE client, shared by every technical account). */
export function getTokenManager(): TokenManager {
  defaultManager ??= createTokenManager({
    tokenUrl: () => resolveEndpoints().tokenUrl,
    client: () => getPisteClient(),
    marginMs: () => getGatewaySettings().tokenRenewMarginMs,
  });
  return defaultManager;
}
