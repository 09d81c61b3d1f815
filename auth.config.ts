import type { NextAuthConfig } from "next-auth";

// The part of the Auth.js configuration that needs no database: shared by auth.ts and proxy.ts.
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
