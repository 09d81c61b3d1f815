import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guards";
import { SPACE_PATHS, spacesForRoles } from "@/lib/auth/roles";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).home.title };
}

export default async function HomePage() {
  const user = await requireUser();
  const t = await getMessages();
  const spaces = spacesForRoles(user.roles);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{format(t.home.welcome, { name: user.name })}</h1>
      {spaces.length === 0 ? (
        <p className="rounded-md border border-border p-4">{t.home.noSpace}</p>
      ) : (
        <section aria-labelledby="spaces-title" className="flex flex-col gap-3">
          <h2 id="spaces-title" className="text-lg font-semibold">
            {t.home.spaces}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {spaces.map((s) => (
              <li key={s}>
                <Link href={SPACE_PATHS[s]} className="flex h-full flex-col gap-1 rounded-lg border border-border p-4 hover:border-primary hover:bg-muted">
                  <span className="font-semibold text-primary">{t.nav[s]}</span>
                  <span className="text-sm text-muted-foreground">{t.spaces[s]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="structures-title" className="flex flex-col gap-2">
        <h2 id="structures-title" className="text-lg font-semibold">
          {t.nav.structures}
        </h2>
        <ul className="flex flex-col gap-1 text-sm">
          {user.rattachements.map((r) => (
            <li key={r.idStructureCPP}>
              <span className="font-medium">{r.designationStructure}</span> — {r.roles.map((role) => t.roles[role]).join(", ")}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
