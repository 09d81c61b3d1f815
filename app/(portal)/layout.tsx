import Link from "next/link";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { STRUCTURE_COOKIE } from "@/lib/auth/guards";
import { SPACE_PATHS, spacesForRoles } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { logger } from "@/lib/log";
import { StatusPage } from "../status-page";
import { MainNav } from "./_components/main-nav";
import { StructureSwitcher } from "./_components/structure-switcher";
import { setLocaleAction, signOutAction } from "./shell-actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const t = await getMessages();
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (err) {
    // The database is down: say so plainly instead of a stack trace.
    logger.error({ err }, "portal layout: database unavailable");
    return <StatusPage code="503" title={t.states.unavailableTitle} body={t.states.dbDown} />;
  }
  if (!user) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  const locale = await getLocale();
  const items = spacesForRoles(user.roles).map((s) => ({ href: SPACE_PATHS[s], label: t.nav[s] }));
  const cookieId = Number((await cookies()).get(STRUCTURE_COOKIE)?.value);
  const activeId = user.rattachements.find((r) => r.idStructureCPP === cookieId)?.idStructureCPP ?? user.rattachements[0]?.idStructureCPP ?? null;
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2">
        {t.nav.skip}
      </a>
      <header className="border-b border-border bg-background">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <Link href="/" className="text-lg font-bold text-primary">
              {t.app.name}
            </Link>
            <span className="rounded bg-warning-subtle px-2 py-0.5 text-xs font-semibold uppercase">{t.mode[env.CHORUS_ENV]}</span>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            {user.rattachements.length > 1 ? (
              <StructureSwitcher
                options={user.rattachements.map((r) => ({ id: r.idStructureCPP, label: r.designationStructure }))}
                activeId={activeId}
                label={t.nav.structure}
                hint={t.nav.structureHint}
              />
            ) : null}
            <form action={setLocaleAction} className="flex items-center gap-1">
              <input type="hidden" name="locale" value={locale === "fr" ? "en" : "fr"} />
              <button type="submit" className="rounded px-2 py-1 text-sm underline" lang={locale === "fr" ? "en" : "fr"}>
                {locale === "fr" ? "English" : "Français"}
              </button>
            </form>
            <span className="text-sm" data-testid="current-user">
              {user.name}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-border px-3 py-1 text-sm font-medium hover:bg-muted">
                {t.nav.signOut}
              </button>
            </form>
          </div>
        </div>
        <div className="mx-auto max-w-7xl px-4 pb-2">
          <MainNav items={items} label={t.nav.label} />
        </div>
      </header>
      <main id="contenu" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
