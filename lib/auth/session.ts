import { decode, encode, type JWT } from "next-auth/jwt";
import { SESSION_MAX_AGE_S } from "@/auth.config";
import { authSecret } from "@/lib/secrets";

// The session cookie read directly, as Auth.js writes it, for proxy.ts and getCurrentUser: one
// decryption per read. Auth.js's own `auth()` runs its whole session endpoint instead (a Request,
// decryption, re-encryption of a refreshed cookie that a page cannot even set, a JSON Response):
// ≈ 1 ms of CPU, done twice per page (proxy and page), the largest auth cost in the profile.
// Sign-in, sign-out and /api/auth/* stay with Auth.js (auth.ts).

type CookieReader = { getAll(): { name: string; value: string }[] };
type HeaderReader = { get(name: string): string | null };

export type SessionClaims = { id: string; sessionVersion: number; issuedAt: number; cookieName: string; chunked: boolean; token: JWT };

/**
 * Auth.js's rule for the cookie's name: `__Secure-` when the portal's URL is https, taken from
 * AUTH_URL (Auth.js reads it from process.env itself) or else the X-Forwarded-Proto that Next.js
 * sets on every request. A cookie under the other name is ignored, as Auth.js ignores it.
 */
export function sessionCookieName(headers: HeaderReader, requestProtocol?: string): string {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  let protocol = headers.get("x-forwarded-proto") ?? requestProtocol ?? "https";
  if (envUrl) {
    try {
      protocol = new URL(envUrl).protocol;
    } catch {
      /* Auth.js falls back to the request as well */
    }
  }
  return `${protocol.replace(/:$/, "") === "https" ? "__Secure-" : ""}authjs.session-token`;
}

/** The token under `name`, joined from its `.0`, `.1`… chunks when Auth.js had to split it. */
function readToken(cookies: CookieReader, name: string): { token: string; chunked: boolean } | null {
  const parts = cookies.getAll().filter((c) => c.value && (c.name === name || c.name.startsWith(`${name}.`)));
  if (parts.length === 0) return null;
  const whole = parts.find((c) => c.name === name);
  if (whole) return { token: whole.value, chunked: false };
  const index = (n: string) => Number(n.slice(name.length + 1));
  return { token: parts.sort((a, b) => index(a.name) - index(b.name)).map((c) => c.value).join(""), chunked: true };
}

// Decrypting a cookie takes four Web Crypto jobs (key derivation, key id digest, HMAC, AES),
// the largest auth cost left in the profile, and a browser sends the same cookie with every
// request until the proxy re-issues it a minute later. What a cookie decrypts to never changes,
// so it is kept per exact value (and cookie name: the name is the key derivation's salt); only
// `exp` is checked again on each hit. Failures are not kept. This caches no account state:
// getCurrentUser still reads the account (disabled, sessionVersion) on every request.
const DECODED_MAX = 5000;
const CLOCK_TOLERANCE_S = 15; // as Auth.js's decode
const decoded = new Map<string, JWT>();

async function decodeOnce(token: string, cookieName: string): Promise<JWT | null> {
  const key = `${cookieName}\n${token}`;
  const hit = decoded.get(key);
  if (hit) {
    if (typeof hit.exp === "number" && hit.exp + CLOCK_TOLERANCE_S >= Date.now() / 1000) return hit;
    decoded.delete(key);
    return null;
  }
  const claims = await decode({ token, secret: authSecret(), salt: cookieName });
  if (!claims) return null;
  if (typeof claims.exp === "number") {
    // Oldest first out: a Map iterates in insertion order.
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, Object.freeze(claims));
  }
  return claims;
}

/**
 * The signed-in person's claims, or null when there is no cookie or it does not decrypt with
 * this portal's secret or has expired (jose checks `exp`, 15 s tolerance, as Auth.js does).
 */
export async function readSession(cookies: CookieReader, headers: HeaderReader, requestProtocol?: string): Promise<SessionClaims | null> {
  const cookieName = sessionCookieName(headers, requestProtocol);
  const found = readToken(cookies, cookieName);
  if (!found) return null;
  try {
    const token = await decodeOnce(found.token, cookieName);
    if (!token || typeof token.sub !== "string" || !token.sub) return null;
    return {
      id: token.sub,
      // Same reading as auth.ts's session callback.
      sessionVersion: typeof token.sv === "number" ? token.sv : 0,
      issuedAt: typeof token.iat === "number" ? token.iat : 0,
      cookieName,
      chunked: found.chunked,
      token,
    };
  } catch {
    return null;
  }
}

/** True when a cookie is present under the session name (used to clear an unreadable one). */
export function hasSessionCookie(cookies: CookieReader, headers: HeaderReader, requestProtocol?: string): boolean {
  return readToken(cookies, sessionCookieName(headers, requestProtocol)) !== null;
}

/** The same claims re-encrypted with a fresh expiry, and the cookie options Auth.js uses. */
export async function refreshedSessionCookie(session: SessionClaims): Promise<{ name: string; value: string; options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date } }> {
  const value = await encode({ token: { ...session.token }, secret: authSecret(), salt: session.cookieName, maxAge: SESSION_MAX_AGE_S });
  return {
    name: session.cookieName,
    value,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure: session.cookieName.startsWith("__Secure-"), expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) },
  };
}
