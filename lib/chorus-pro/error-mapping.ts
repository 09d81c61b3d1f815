// Maps an upstream answer to a ChorusProError, once. Pure (no I/O), so no "server-only".
import { ChorusProError, type ChorusProErrorKind } from "./errors";
import {
  ENGAGEMENT_REQUIRED_PATTERNS, PASSWORD_EXPIRED_PATTERNS, REQUIRED_HINT_PATTERNS,
  SERVICE_CODE_REQUIRED_PATTERNS, STATUSES_OUTCOME_UNKNOWN, TECHNICAL_LOGIN_PATTERN,
} from "./inferred";
import { parseRetryAfter } from "./retry";

const KIND_BY_STATUS: Record<number, ChorusProErrorKind> = {
  400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 406: "not_acceptable",
  413: "payload_too_large", 415: "unsupported_media_type", 429: "rate_limited", 500: "server_error",
  502: "bad_gateway", 503: "unavailable", 504: "gateway_timeout",
};

export interface UpstreamFailure {
  operation: string;
  status: number;
  body: unknown;
  wwwAuthenticate?: string | null;
  retryAfter?: string | null;
  /** set when a 401 persisted after a fresh token: the technical account is what is refused */
  afterFreshToken?: boolean;
  technicalLogin?: string;
  pisteClientId?: string;
}

/** Reads {codeRetour, libelle} leniently: numbers may come as strings (CONTRACT §8.7). */
export function readEnvelope(body: unknown): { codeRetour: number; libelle?: string } | undefined {
  if (!body || typeof body !== "object") return undefined;
  const o = body as Record<string, unknown>;
  const raw = o.codeRetour;
  const code = typeof raw === "number" ? raw : typeof raw === "string" && /^-?\d+$/.test(raw.trim()) ? Number(raw) : undefined;
  if (code === undefined) return undefined;
  return { codeRetour: code, libelle: typeof o.libelle === "string" ? o.libelle : undefined };
}

/** Short text of a body for pattern matching (never returned to users). */
function bodyText(body: unknown): string {
  if (typeof body === "string") return body.slice(0, 2000);
  try { return JSON.stringify(body ?? "").slice(0, 2000); } catch { return ""; }
}

function matchesAny(text: string, patterns: readonly RegExp[]) {
  return patterns.some((p) => p.test(text));
}

export function looksLikeTechnicalLogin(id: string): boolean {
  return TECHNICAL_LOGIN_PATTERN.test(id);
}

/** A business error (codeRetour ≠ 0), refined when the libellé names a missing service code or EJ. */
export function businessError(operation: string, codeRetour: number, libelle: string | undefined, httpStatus = 200): ChorusProError {
  const text = libelle ?? "";
  let kind: ChorusProErrorKind = "business";
  if (matchesAny(text, REQUIRED_HINT_PATTERNS)) {
    if (matchesAny(text, SERVICE_CODE_REQUIRED_PATTERNS)) kind = "service_code_required";
    else if (matchesAny(text, ENGAGEMENT_REQUIRED_PATTERNS)) kind = "engagement_required";
  }
  return new ChorusProError({ kind, operation, httpStatus, codeRetour, libelle });
}

export function mapUpstreamFailure(f: UpstreamFailure): ChorusProError {
  const envelope = readEnvelope(f.body);
  const retryAfterMs = parseRetryAfter(f.retryAfter ?? null) ?? undefined;
  // GO parses 400 bodies as {codeRetour, libelle}: a 400 carrying an envelope is a business refusal.
  if (f.status === 400 && envelope && envelope.codeRetour !== 0) {
    return businessError(f.operation, envelope.codeRetour, envelope.libelle, 400);
  }
  if (f.status === 401) return mapUnauthorized(f);
  const kind = KIND_BY_STATUS[f.status] ?? (f.status >= 500 ? "server_error" : "bad_request");
  return new ChorusProError({
    kind, operation: f.operation, httpStatus: f.status,
    codeRetour: envelope?.codeRetour, libelle: envelope?.libelle ?? libelleOf(f.body),
    outcomeUnknown: STATUSES_OUTCOME_UNKNOWN.has(f.status) || (f.status > 500 && f.status !== 503),
    retryAfterMs,
  });
}

function libelleOf(body: unknown): string | undefined {
  // The Référentiel des Organisations answers errors as an array of {error, message, detail}
  // (CONTRACT §5.1): read its first entry.
  if (Array.isArray(body)) {
    const first = body[0] as Record<string, unknown> | undefined;
    const parts = [first?.error, first?.message, first?.detail].filter((v): v is string => typeof v === "string" && v !== "");
    return parts.length ? parts.join(" — ").slice(0, 500) : undefined;
  }
  if (!body || typeof body !== "object") return undefined;
  const o = body as Record<string, unknown>;
  for (const k of ["libelle", "Description", "error_description", "message", "detail", "titre"]) {
    if (typeof o[k] === "string") return (o[k] as string).slice(0, 500);
  }
  return undefined;
}

function mapUnauthorized(f: UpstreamFailure): ChorusProError {
  const text = `${f.wwwAuthenticate ?? ""} ${bodyText(f.body)}`;
  const base = { operation: f.operation, httpStatus: 401, libelle: libelleOf(f.body) };
  if (f.technicalLogin !== undefined && f.pisteClientId !== undefined &&
      (f.technicalLogin === f.pisteClientId || !looksLikeTechnicalLogin(f.technicalLogin))) {
    return new ChorusProError({ ...base, kind: "credentials_confused" });
  }
  // Token problems say invalid_token in WWW-Authenticate; they are cured by a new token, so a 401
  // that survives a fresh token is about the cpro-account header.
  if (matchesAny(text, PASSWORD_EXPIRED_PATTERNS)) return new ChorusProError({ ...base, kind: "technical_account_expired" });
  if (f.afterFreshToken) return new ChorusProError({ ...base, kind: "technical_account_invalid" });
  return new ChorusProError({ ...base, kind: "unauthorized" });
}

export function transportError(operation: string, cause: unknown, timedOut: boolean): ChorusProError {
  return new ChorusProError({ kind: timedOut ? "timeout" : "network", operation, outcomeUnknown: true, cause });
}
