import { NextResponse, type NextRequest } from "next/server";
import { SESSION_REFRESH_AFTER_S } from "@/auth.config";
import { hasSessionCookie, readSession, refreshedSessionCookie, sessionCookieName } from "@/lib/auth/session";

// Coarse redirect of signed-out visitors only. Every page, action and route handler checks the
// user, role and structure again on the server (lib/auth). The session cookie is decrypted here
// directly (lib/auth/session.ts) rather than through Auth.js's session endpoint, which also
// re-encrypted it on every request: that was a quarter of the proxy's cost per page.

const PUBLIC = [/^\/login/, /^\/api\/auth\//, /^\/api\/health/, /^\/_next\//, /^\/favicon/];

export default async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const session = await readSession(req.cookies, req.headers, req.nextUrl.protocol);
  let res: NextResponse;
  if (!session && !PUBLIC.some((re) => re.test(pathname)) && !pathname.startsWith("/api/")) {
    const url = new URL("/login", req.nextUrl);
    url.searchParams.set("callbackUrl", pathname + search);
    res = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("x-pathname", pathname + search);
    if (!requestHeaders.get("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  // Cookie upkeep on reads only, never beside Auth.js's own endpoints or a server action (POST):
  // sign-in and sign-out set or clear this cookie themselves in the same response.
  if (req.method === "GET" && !pathname.startsWith("/api/auth/")) {
    if (session && !session.chunked && Date.now() / 1000 - session.issuedAt >= SESSION_REFRESH_AFTER_S) {
      const cookie = await refreshedSessionCookie(session);
      res.cookies.set(cookie.name, cookie.value, cookie.options);
    } else if (!session && hasSessionCookie(req.cookies, req.headers, req.nextUrl.protocol)) {
      // Expired, or sealed with another secret: dropped, as Auth.js drops it.
      const name = sessionCookieName(req.headers, req.nextUrl.protocol);
      // A __Secure- cookie is only replaced by one that says Secure, an expired one included.
      res.cookies.set(name, "", { path: "/", expires: new Date(0), httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
  }
  return res;
}

// Uploads skip the proxy: Next buffers at most 10 MB of a body that passes through it, and the
// upload route checks the user, role and structure itself while streaming to disk.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads).*)"] };
