import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_S } from "@/auth.config";

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
vi.mock("@/lib/secrets", () => ({ authSecret: () => SECRET }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const jwt = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...jwt, decode: vi.fn(jwt.decode) };
});

const { readSession, refreshedSessionCookie, sessionCookieName, hasSessionCookie } = await import("./session");

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const http = new Headers({ "x-forwarded-proto": "http" });
const https = new Headers({ "x-forwarded-proto": "https" });

function jar(entries: Record<string, string>) {
  return { getAll: () => Object.entries(entries).map(([name, value]) => ({ name, value })) };
}

// What Auth.js writes at sign-in (auth.ts's jwt callback puts the account id and sv in).
const issue = (salt: string, claims: Record<string, unknown> = { sub: "acc-1", sv: 3 }, maxAge = SESSION_MAX_AGE_S) => encode({ token: claims, secret: SECRET, salt, maxAge });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("sessionCookieName", () => {
  it("follows Auth.js: __Secure- over https, from X-Forwarded-Proto, else AUTH_URL", () => {
    expect(sessionCookieName(http)).toBe(PLAIN);
    expect(sessionCookieName(https)).toBe(SECURE);
    expect(sessionCookieName(new Headers(), "http:")).toBe(PLAIN);
    expect(sessionCookieName(new Headers())).toBe(SECURE);
    vi.stubEnv("AUTH_URL", "https://portail.example.fr");
    expect(sessionCookieName(http)).toBe(SECURE);
  });
});

describe("readSession", () => {
  it("reads the account id, session version and issue time of a cookie Auth.js wrote", async () => {
    const s = await readSession(jar({ [PLAIN]: await issue(PLAIN) }), http);
    expect(s).toMatchObject({ id: "acc-1", sessionVersion: 3, cookieName: PLAIN, chunked: false });
    expect(Math.abs(s!.issuedAt - Date.now() / 1000)).toBeLessThan(5);
  });

  it("ignores the cookie of the other scheme, as Auth.js does (its salt is its name)", async () => {
    expect(await readSession(jar({ [PLAIN]: await issue(PLAIN) }), https)).toBeNull();
    expect(await readSession(jar({ [PLAIN]: await issue(SECURE) }), http)).toBeNull();
  });

  it("refuses a tampered, foreign, expired or id-less token", async () => {
    const good = await issue(PLAIN);
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    const foreign = await encode({ token: { sub: "acc-1", sv: 3 }, secret: "another-secret-of-at-least-thirty-two-chars", salt: PLAIN });
    const expired = await issue(PLAIN, { sub: "acc-1", sv: 3 }, -60);
    const noId = await issue(PLAIN, { sv: 3 });
    for (const token of [tampered, foreign, expired, noId, "garbage"]) {
      expect(await readSession(jar({ [PLAIN]: token }), http)).toBeNull();
    }
    expect(hasSessionCookie(jar({ [PLAIN]: "garbage" }), http)).toBe(true);
    expect(hasSessionCookie(jar({ other: "x" }), http)).toBe(false);
  });

  it("joins a token Auth.js split into chunks, in chunk order", async () => {
    const token = await issue(PLAIN);
    const cut = Math.floor(token.length / 3);
    const cookies = jar({ [`${PLAIN}.2`]: token.slice(2 * cut), [`${PLAIN}.0`]: token.slice(0, cut), [`${PLAIN}.1`]: token.slice(cut, 2 * cut) });
    expect(await readSession(cookies, http)).toMatchObject({ id: "acc-1", chunked: true });
  });

  it("reads a missing session version as 0 (refused by getCurrentUser: versions start at 1)", async () => {
    expect(await readSession(jar({ [PLAIN]: await issue(PLAIN, { sub: "acc-1" }) }), http)).toMatchObject({ sessionVersion: 0 });
  });
});

describe("readSession's memo of decrypted cookies", () => {
  it("answers the same cookie again without decrypting it, until its expiry", async () => {
    const cookies = jar({ [PLAIN]: await issue(PLAIN, { sub: "acc-2", sv: 1 }, 120) });
    vi.mocked(decode).mockClear();
    expect(await readSession(cookies, http)).toMatchObject({ id: "acc-2" });
    expect(await readSession(cookies, http)).toMatchObject({ id: "acc-2" });
    expect(decode).toHaveBeenCalledTimes(1);
    vi.useFakeTimers({ now: Date.now() + 136_000, toFake: ["Date"] });
    try {
      expect(await readSession(cookies, http)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a cookie's answer to its own name: the same value under the other name is refused", async () => {
    const token = await issue(SECURE);
    expect(await readSession(jar({ [SECURE]: token }), https)).not.toBeNull();
    expect(await readSession(jar({ [PLAIN]: token }), http)).toBeNull();
  });
});

describe("refreshedSessionCookie", () => {
  it("re-issues the same claims for another 8 hours under the same name", async () => {
    const s = (await readSession(jar({ [SECURE]: await issue(SECURE) }), https))!;
    const cookie = await refreshedSessionCookie(s);
    expect(cookie.name).toBe(SECURE);
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    expect(cookie.options.expires.getTime()).toBeGreaterThan(Date.now() + (SESSION_MAX_AGE_S - 60) * 1000);
    const again = await readSession(jar({ [SECURE]: cookie.value }), https);
    expect(again).toMatchObject({ id: "acc-1", sessionVersion: 3 });
  });
});
