import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

// A minimal, real OpenID Connect provider for end-to-end tests (authorization code flow, PKCE
// S256, RS256 id_tokens). It has no login screen: /authorize signs in `user` at once and
// redirects back with a code. Everything else is checked as a real issuer would: the client, the
// redirect URI, the client secret, the single use of codes and the PKCE code_verifier.

export type IssuerUser = { sub: string; email: string; name?: string; emailVerified?: boolean };

type PendingCode = {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  nonce: string | null;
  user: IssuerUser;
  expiresAt: number;
};

export type TokenExchange = { pkceVerified: boolean; nonce: boolean; email: string };

export type OidcIssuer = {
  url: string;
  clientId: string;
  clientSecret: string;
  /** The identity /authorize signs in from now on. */
  setUser(user: IssuerUser): void;
  /** Successful token exchanges, oldest first. */
  exchanges: TokenExchange[];
  /** Requests the issuer refused (error code and reason), for diagnostics. */
  refusals: string[];
  close(): Promise<void>;
};

const b64url = (buf: Buffer) => buf.toString("base64url");

function parseBasic(header: string | undefined): { id: string; secret: string } | null {
  if (!header?.startsWith("Basic ")) return null;
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 0) return null;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
  const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
  return { id: dec(decoded.slice(0, i)), secret: dec(decoded.slice(i + 1)) };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startOidcIssuer(options: {
  clientId: string;
  clientSecret: string;
  user: IssuerUser;
  host?: string;
}): Promise<OidcIssuer> {
  const host = options.host ?? "127.0.0.1";
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = b64url(randomBytes(8));
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, { user: IssuerUser; expiresAt: number }>();
  const exchanges: TokenExchange[] = [];
  const refusals: string[] = [];
  let user = options.user;
  let issuer = "";

  const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
    res.end(JSON.stringify(body));
  };
  const oauthError = (res: http.ServerResponse, status: number, error: string, description: string) => {
    refusals.push(`${error}: ${description}`);
    json(res, status, { error, error_description: description });
  };

  async function idToken(u: IssuerUser, clientId: string, nonce: string | null): Promise<string> {
    const claims: Record<string, unknown> = { email: u.email, email_verified: u.emailVerified ?? true };
    if (u.name) claims.name = u.name;
    if (nonce) claims.nonce = nonce;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .setIssuer(issuer)
      .setAudience(clientId)
      .setSubject(u.sub)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      refusals.push(`server_error: ${String(err)}`);
      if (!res.headersSent) json(res, 500, { error: "server_error" });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", issuer);
    switch (`${req.method} ${url.pathname}`) {
      case "GET /.well-known/openid-configuration":
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ["code"],
          grant_types_supported: ["authorization_code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
          scopes_supported: ["openid", "email", "profile"],
          token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
          code_challenge_methods_supported: ["S256"],
          claims_supported: ["sub", "iss", "aud", "exp", "iat", "nonce", "email", "email_verified", "name"],
        });
      case "GET /jwks":
        return json(res, 200, { keys: [jwk] });
      case "GET /authorize": {
        const p = url.searchParams;
        const clientId = p.get("client_id");
        const redirectUri = p.get("redirect_uri");
        // Never redirect to an unverified URI: answer with an error page instead.
        if (clientId !== options.clientId) return oauthError(res, 400, "invalid_client", "unknown client_id");
        if (!redirectUri || !/^https?:\/\//.test(redirectUri)) return oauthError(res, 400, "invalid_request", "redirect_uri");
        const back = new URL(redirectUri);
        const state = p.get("state");
        if (state) back.searchParams.set("state", state);
        const fail = (error: string, description: string) => {
          refusals.push(`${error}: ${description}`);
          back.searchParams.set("error", error);
          back.searchParams.set("error_description", description);
          res.writeHead(302, { location: back.toString() }).end();
        };
        if (p.get("response_type") !== "code") return fail("unsupported_response_type", "only code");
        if (!(p.get("scope") ?? "").split(" ").includes("openid")) return fail("invalid_scope", "openid is required");
        const method = p.get("code_challenge_method");
        if (p.get("code_challenge") && method !== "S256") return fail("invalid_request", "only S256 PKCE");
        const code = b64url(randomBytes(24));
        codes.set(code, {
          clientId,
          redirectUri,
          codeChallenge: p.get("code_challenge"),
          codeChallengeMethod: method,
          nonce: p.get("nonce"),
          user,
          expiresAt: Date.now() + 60_000,
        });
        back.searchParams.set("code", code);
        res.writeHead(302, { location: back.toString() }).end();
        return;
      }
      case "POST /token": {
        const form = new URLSearchParams(await readBody(req));
        const basic = parseBasic(req.headers.authorization);
        const id = basic?.id ?? form.get("client_id");
        const secret = basic?.secret ?? form.get("client_secret");
        if (id !== options.clientId || secret !== options.clientSecret) {
          return oauthError(res, 401, "invalid_client", "client authentication failed");
        }
        if (form.get("grant_type") !== "authorization_code") return oauthError(res, 400, "unsupported_grant_type", "authorization_code only");
        const code = form.get("code") ?? "";
        const pending = codes.get(code);
        codes.delete(code); // single use, even when the exchange fails
        if (!pending || pending.expiresAt < Date.now() || pending.clientId !== id) {
          return oauthError(res, 400, "invalid_grant", "unknown, used or expired code");
        }
        if (form.get("redirect_uri") !== pending.redirectUri) return oauthError(res, 400, "invalid_grant", `redirect_uri mismatch: ${form.get("redirect_uri")} ≠ ${pending.redirectUri}`);
        let pkceVerified = false;
        if (pending.codeChallenge) {
          const verifier = form.get("code_verifier") ?? "";
          if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return oauthError(res, 400, "invalid_grant", "code_verifier malformed");
          const computed = b64url(createHash("sha256").update(verifier, "ascii").digest());
          if (computed !== pending.codeChallenge) return oauthError(res, 400, "invalid_grant", "PKCE verification failed");
          pkceVerified = true;
        }
        const accessToken = b64url(randomBytes(32));
        accessTokens.set(accessToken, { user: pending.user, expiresAt: Date.now() + 300_000 });
        exchanges.push({ pkceVerified, nonce: Boolean(pending.nonce), email: pending.user.email });
        return json(res, 200, {
          access_token: accessToken,
          token_type: "Bearer",
          expires_in: 300,
          scope: "openid email profile",
          id_token: await idToken(pending.user, pending.clientId, pending.nonce),
        });
      }
      case "GET /userinfo":
      case "POST /userinfo": {
        const auth = req.headers.authorization ?? "";
        const entry = auth.startsWith("Bearer ") ? accessTokens.get(auth.slice(7)) : undefined;
        if (!entry || entry.expiresAt < Date.now()) {
          refusals.push("invalid_token: userinfo");
          return json(res, 401, { error: "invalid_token" }, { "www-authenticate": 'Bearer error="invalid_token"' });
        }
        const u = entry.user;
        return json(res, 200, { sub: u.sub, email: u.email, email_verified: u.emailVerified ?? true, ...(u.name ? { name: u.name } : {}) });
      }
      default:
        return json(res, 404, { error: "not_found" });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve());
  });
  issuer = `http://${host}:${(server.address() as AddressInfo).port}`;

  return {
    url: issuer,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    setUser(next) {
      user = next;
    },
    exchanges,
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
