import "server-only";
import { z } from "zod";
import { parseEnv, type Env } from "@/lib/env";
import { ChorusProError } from "./errors";
import { DEFAULT_RETRY_BUDGET_MS, DEFAULT_TIMEOUT_MS, DEFAULT_TOKEN_RENEW_MARGIN_MS } from "./inferred";

// Read through lib/env's schema at call time (not lib/env's import-time `env`), because the
// integration setup and unit tests change SANDBOX_URL / CHORUS_ENV after modules are loaded.
const KEYS = ["CHORUS_TIMEOUT_S", "CHORUS_TOKEN_MARGIN_S", "CHORUS_RETRY_BUDGET_S", "CHORUS_ENV", "PISTE_CLIENT_ID", "PISTE_CLIENT_SECRET", "PISTE_OAUTH_URL", "CHORUS_API_URL", "SANDBOX_URL", "ENCRYPTION_KEY", "AUTH_SECRET"] as const;
let memo: { key: string; env: Env } | undefined;
function readEnv(raw: Record<string, string | undefined>): Env {
  const key = KEYS.map((k) => raw[k] ?? "").join("\u0000");
  if (memo?.key !== key) memo = { key, env: parseEnv(raw) };
  return memo.env;
}
export type ChorusEnv = Pick<Env, "CHORUS_ENV">;

export const HOSTS = {
  qualification: { tokenUrl: "https://sandbox-oauth.piste.gouv.fr/api/oauth/token", apiBaseUrl: "https://sandbox-api.piste.gouv.fr" },
  production: { tokenUrl: "https://oauth.piste.gouv.fr/api/oauth/token", apiBaseUrl: "https://api.piste.gouv.fr" },
} as const;

export interface Endpoints { chorusEnv: ChorusEnv["CHORUS_ENV"]; tokenUrl: string; apiBaseUrl: string; sandboxUrl: string }

const trimSlash = (u: string) => u.replace(/\/+$/, "");

/** Pure: which hosts to call for a given environment. */
export function resolveEndpoints(raw: Record<string, string | undefined> = process.env): Endpoints {
  const env = readEnv(raw);
  const sandboxUrl = trimSlash(env.SANDBOX_URL);
  const defaults = env.CHORUS_ENV === "sandbox"
    ? { tokenUrl: `${sandboxUrl}/api/oauth/token`, apiBaseUrl: sandboxUrl }
    : HOSTS[env.CHORUS_ENV];
  return {
    chorusEnv: env.CHORUS_ENV,
    tokenUrl: env.PISTE_OAUTH_URL ?? defaults.tokenUrl,
    apiBaseUrl: trimSlash(env.CHORUS_API_URL ?? defaults.apiBaseUrl),
    sandboxUrl,
  };
}

export interface GatewaySettings { timeoutMs: number; retryBudgetMs: number; tokenRenewMarginMs: number }
let settings: GatewaySettings | undefined;
/** CHORUS_TIMEOUT_S, CHORUS_TOKEN_MARGIN_S and CHORUS_RETRY_BUDGET_S, read once; defaults in inferred.ts. */
export function getGatewaySettings(): GatewaySettings {
  if (!settings) {
    const env = readEnv(process.env);
    const ms = (s: number | undefined, fallback: number) => (s === undefined ? fallback : s * 1000);
    settings = {
      timeoutMs: ms(env.CHORUS_TIMEOUT_S, DEFAULT_TIMEOUT_MS),
      retryBudgetMs: ms(env.CHORUS_RETRY_BUDGET_S, DEFAULT_RETRY_BUDGET_MS),
      tokenRenewMarginMs: ms(env.CHORUS_TOKEN_MARGIN_S, DEFAULT_TOKEN_RENEW_MARGIN_MS),
    };
  }
  return settings;
}
/** Tuning hook (tests, bench): per-process, not per-user. */
export function configureGateway(patch: Partial<GatewaySettings>) { settings = { ...getGatewaySettings(), ...patch }; }

export interface PisteClient { client_id: string; client_secret: string }

const ManifestClients = z.object({
  pisteClients: z.array(z.object({ client_id: z.string().min(1), client_secret: z.string().min(1) })).min(1),
});

let manifestClient: { url: string; promise: Promise<PisteClient> } | undefined;

/** PISTE application credentials: environment first; in sandbox mode the manifest, fetched once. */
export function getPisteClient(raw: Record<string, string | undefined> = process.env): Promise<PisteClient> {
  const env = readEnv(raw);
  if (env.PISTE_CLIENT_ID && env.PISTE_CLIENT_SECRET) {
    return Promise.resolve({ client_id: env.PISTE_CLIENT_ID, client_secret: env.PISTE_CLIENT_SECRET });
  }
  if (env.CHORUS_ENV !== "sandbox") {
    return Promise.reject(new ChorusProError({ kind: "configuration", operation: "piste.config", libelle: "PISTE_CLIENT_ID/PISTE_CLIENT_SECRET missing" }));
  }
  const url = `${trimSlash(env.SANDBOX_URL)}/__sandbox/manifest`;
  if (manifestClient?.url !== url) {
    const promise = fetchManifestClient(url);
    manifestClient = { url, promise };
    // A failed fetch must not be cached forever: the sandbox may simply not be up yet.
    promise.catch(() => { if (manifestClient?.promise === promise) manifestClient = undefined; });
  }
  return manifestClient.promise;
}

async function fetchManifestClient(url: string): Promise<PisteClient> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(10_000), headers: { Accept: "application/json" } });
  } catch (cause) {
    throw new ChorusProError({ kind: "configuration", operation: "sandbox.manifest", libelle: "sandbox unreachable", cause });
  }
  if (!res.ok) throw new ChorusProError({ kind: "configuration", operation: "sandbox.manifest", httpStatus: res.status });
  const parsed = ManifestClients.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new ChorusProError({ kind: "configuration", operation: "sandbox.manifest", libelle: "manifest without pisteClients" });
  const first = parsed.data.pisteClients[0];
  if (!first) throw new ChorusProError({ kind: "configuration", operation: "sandbox.manifest" });
  return first;
}

export function resetConfigCaches() { manifestClient = undefined; }
