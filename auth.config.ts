import type { NextAuthConfig } from "next-auth";

// The part of the Auth.js configuration that needs no database (auth.ts), and the session
// lifetimes that proxy.ts and lib/auth/session.ts apply when they read the cookie themselves.
export const SESSION_MAX_AGE_S = 8 * 60 * 60;
// The session slides: proxy.ts re-issues the cookie (8 h from now) on a page visit once it is
// older than this. Auth.js re-encrypted it on every request; once a minute keeps the same idle
// timeout, to the minute, for a fraction of the CPU.
export const SESSION_REFRESH_AFTER_S = 60;

export const authConfig = {
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
