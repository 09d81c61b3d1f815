import { NextResponse, type NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";
import { authSecret } from "@/lib/secrets";

// Coarse redirect of signed-out visitors only. Every page, action and route handler checks the
// user, role and structure again on the server (lib/auth).
const { auth } = NextAuth({ ...authConfig, secret: authSecret() });

const PUBLIC = [/^\/login/, /^\/api\/auth\//, /^\/api\/health/, /^\/_next\//, /^\/favicon/];

export default auth((req: NextRequest & { auth: unknown }) => {
  const { pathname, search } = req.nextUrl;
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-pathname", pathname + search);
  if (!requestHeaders.get("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());
  if (!req.auth && !PUBLIC.some((re) => re.test(pathname)) && !pathname.startsWith("/api/")) {
    const url = new URL("/login", req.nextUrl);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
});

// Uploads skip the proxy: Next buffers at most 10 MB of a body that passes through it, and the
// upload route checks the user, role and structure itself while streaming to disk.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads).*)"] };
