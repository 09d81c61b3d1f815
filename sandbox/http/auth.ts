// PISTE gateway authentication: bearer token first, then the cpro-account technical account.
// The detail of a cpro-account failure travels in WWW-Authenticate so that a client can tell an unknown
// account from an expired password without parsing a body (CONTRACT §2; body shapes are sandbox choices).
import type { IncomingMessage } from "node:http";
import { isoDate } from "../model/clock";
import { ERRORS } from "../model/errors";
import { INFERRED } from "../model/inferred";
import type { Registry } from "../model/registry";
import type { NamespaceStore } from "../model/store";
import type { Structure, TechnicalAccount } from "../model/types";
import type { Reply } from "./router";

export type AuthResult<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export function bearerToken(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(.+)$/i.exec(h.trim()) : null;
  return m?.[1];
}

export function checkBearer(registry: Registry, req: IncomingMessage): AuthResult<{ clientId: string; token: string }> {
  const token = bearerToken(req);
  const fail = (error: string, description: string): AuthResult<never> => ({
    ok: false,
    reply: {
      status: 401,
      headers: { "www-authenticate": `Bearer realm="PISTE", error="${error}", error_description="${description}"` },
      json: { ...envelope401(), error, error_description: description },
    },
  });
  if (!token) return fail("invalid_request", "Jeton d'accès absent");
  const t = registry.tokens.get(token);
  if (!t) return fail("invalid_token", "Jeton d'accès inconnu");
  if (t.revoked) return fail("invalid_token", "Jeton d'accès révoqué");
  if (t.expiresAt <= Date.now()) return fail("invalid_token", "Jeton d'accès expiré");
  return { ok: true, value: { clientId: t.clientId, token } };
}

function envelope401() {
  return { codeRetour: ERRORS.UNAUTHORIZED.codeRetour, libelle: ERRORS.UNAUTHORIZED.libelle };
}

export function checkCproAccount(
  registry: Registry, req: IncomingMessage, style: "classic" | "organisations" | "ppf",
): AuthResult<{ ns: NamespaceStore; account: TechnicalAccount; structure: Structure }> {
  const fail = (error: string, description: string): AuthResult<never> => ({
    ok: false,
    reply: {
      status: 401,
      headers: { "www-authenticate": `Basic realm="cpro-account", error="${error}", error_description="${description}"` },
      // SEEN [ZMOG] organisations body; the classic APIs get the usual envelope plus the same detail.
      json: style === "organisations"
        ? { ErrorCode: "401", Description: "[invalid field]" }
        : { ...envelope401(), error, error_description: description },
    },
  });
  const raw = req.headers["cpro-account"];
  const header = Array.isArray(raw) ? raw[0] : raw;
  if (!header) return fail("missing_cpro_account", "En-tête cpro-account absent");
  const decoded = Buffer.from(header.trim(), "base64").toString("utf8");
  const sep = decoded.indexOf(":");
  if (sep <= 0) return fail("invalid_cpro_account", "cpro-account doit être base64(login:motdepasse)");
  const login = decoded.slice(0, sep);
  const password = decoded.slice(sep + 1);
  const found = registry.findAccount(login);
  if (!found || found.account.password !== password) return fail("invalid_cpro_account", "Compte technique ou mot de passe invalide");
  // INFERRED: an expired password is refused with its own error token (brief §3).
  if (found.account.dateExpirationMotPasse < isoDate())
    return fail(INFERRED.expiredPasswordError, `Le mot de passe du compte technique a expiré le ${found.account.dateExpirationMotPasse}`);
  const structure = found.ns.structures.get(found.account.idStructureCPP);
  if (!structure) return fail("invalid_cpro_account", "Structure du compte technique inconnue");
  return { ok: true, value: { ns: found.ns, account: found.account, structure } };
}
