import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dbReachable } from "@/lib/db/health";
import { env, isSandbox, oidcEnabled } from "@/lib/env";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { safeCallbackUrl } from "@/lib/safe-redirect";
import { DemoAccounts } from "./demo-accounts";
import { LoginForm } from "./login-form";
import { oidcSignInAction } from "./actions";
import { setLocaleAction } from "@/app/(portal)/shell-actions";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).login.title };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const dbDown = !(await dbReachable());
  if (!dbDown && (await getCurrentUser().catch(() => null))) redirect(callbackUrl);
  const [t, locale] = await Promise.all([getMessages(), getLocale()]);
  const notice = params.error === "AccessDenied" ? t.login.oidcRefused : callbackUrl !== "/" ? t.login.expired : null;
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-4xl flex-col gap-8 px-4 py-10">
      <header className="flex flex-col gap-1">
        <div className="flex items-center justify-between gap-4">
          <p className="text-sm font-semibold uppercase tracking-wide text-primary">{t.app.name}</p>
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={locale === "fr" ? "en" : "fr"} />
            <button type="submit" className="rounded px-2 py-1 text-sm underline" lang={locale === "fr" ? "en" : "fr"}>
              {locale === "fr" ? "English" : "Français"}
            </button>
          </form>
        </div>
        <h1 className="text-3xl font-bold">{t.login.title}</h1>
        <p className="text-muted-foreground">{t.login.intro}</p>
        {isSandbox ? <p className="mt-2 rounded-md bg-warning-subtle px-3 py-2 text-sm">{t.mode.sandboxNotice}</p> : null}
      </header>
      {dbDown ? (
        <p role="alert" className="rounded-md border border-danger bg-danger-subtle px-3 py-2 text-sm">
          {t.states.dbDown}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded-md border border-info bg-info-subtle px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="login-title" className="flex flex-col gap-4">
          <h2 id="login-title" className="sr-only">
            {t.login.title}
          </h2>
          <LoginForm callbackUrl={callbackUrl} labels={{ email: t.login.email, password: t.login.password, submit: t.login.submit }} />
          {oidcEnabled ? (
            <form action={oidcSignInAction}>
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className="w-full rounded-md border border-primary px-4 py-2 font-medium text-primary">
                {format(t.login.oidc, { name: env.OIDC_NAME })}
              </button>
            </form>
          ) : null}
        </section>
        {isSandbox && !dbDown ? <DemoAccounts t={t} callbackUrl={callbackUrl} /> : null}
      </div>
    </main>
  );
}
