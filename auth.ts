import NextAuth, { CredentialsSignin, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authConfig } from "@/auth.config";
import { env, oidcEnabled } from "@/lib/env";
import { authSecret } from "@/lib/secrets";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/db/schema";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearFailures, isThrottled, recordFailure } from "@/lib/auth/throttle";
import { writeAudit } from "@/lib/audit";
import { logger } from "@/lib/log";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; sessionVersion: number };
  }
}

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

function ipOf(request: Request | undefined): string {
  const h = request?.headers;
  return h?.get("x-forwarded-for")?.split(",")[0]?.trim() || h?.get("x-real-ip") || "unknown";
}

async function authorizeCredentials(raw: unknown, request: Request): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const ip = ipOf(request);
  if (await isThrottled(email, ip)) {
    await writeAudit({ action: "auth.signin", outcome: "denied", accountEmail: email, detail: { reason: "throttled" } });
    throw new ThrottledSignin();
  }
  const [account] = await getDb().select().from(accounts).where(eq(accounts.email, email)).limit(1);
  const ok = account?.passwordHash
    ? await verifyPassword(parsed.data.password, account.passwordHash)
    : (await burnPasswordCheck(parsed.data.password), false);
  if (!account || !ok || account.disabled) {
    await recordFailure(email, ip);
    await writeAudit({ action: "auth.signin", outcome: "denied", accountId: account?.id, accountEmail: email });
    return null;
  }
  await clearFailures(email);
  await getDb().update(accounts).set({ lastLoginAt: new Date() }).where(eq(accounts.id, account.id));
  await writeAudit({ action: "auth.signin", outcome: "success", accountId: account.id, accountEmail: email });
  return { id: account.id, email: account.email, name: account.name, sessionVersion: account.sessionVersion };
}

const oidcProviders = oidcEnabled
  ? [
      {
        id: "oidc",
        name: env.OIDC_NAME,
        type: "oidc" as const,
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
      },
    ]
  : [];

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: authSecret(),
  // A refused sign-in is an expected outcome (audited), not an error worth a stack trace.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "AccessDenied") return;
      logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeCredentials,
    }),
    ...oidcProviders,
  ],
  callbacks: {
    // OpenID Connect only signs in people who already have a portal account (same email):
    // rattachements and roles are granted by the portal's administrators, not by the issuer.
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const email = (profile?.email ?? user.email ?? "").toLowerCase();
      const [row] = await getDb().select().from(accounts).where(eq(accounts.email, email)).limit(1);
      if (!row || row.disabled) {
        await writeAudit({ action: "auth.signin.oidc", outcome: "denied", accountEmail: email });
        return false;
      }
      if (!row.oidcSubject && account.providerAccountId) {
        await getDb().update(accounts).set({ oidcSubject: account.providerAccountId }).where(eq(accounts.id, row.id));
      }
      user.id = row.id;
      user.name = row.name;
      user.email = row.email;
      user.sessionVersion = row.sessionVersion;
      await writeAudit({ action: "auth.signin.oidc", outcome: "success", accountId: row.id, accountEmail: email });
      return true;
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
});
