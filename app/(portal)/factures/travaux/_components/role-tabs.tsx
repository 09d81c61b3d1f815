import Link from "next/link";
import { cn } from "@/lib/utils";
import type { Messages } from "@/lib/i18n";
import { travauxHref, type SearchRole } from "@/lib/validations/travaux-search";

/** The roles the structure holds in works files, as links (the role lives in the URL). */
export function RoleTabs({ roles, current, base, t }: { roles: SearchRole[]; current: SearchRole; base: string; t: Messages["travaux"] }) {
  if (roles.length < 2) return null;
  return (
    <nav aria-label={t.roleTabs}>
      <ul className="flex flex-wrap gap-2">
        {roles.map((r) => (
          <li key={r}>
            <Link
              href={travauxHref(base, { ignored: [] }, { role: r })}
              aria-current={r === current ? "page" : undefined}
              className={cn("inline-block rounded-md border border-border px-3 py-1.5 font-medium", r === current ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted-strong")}
            >
              {t.roles[r]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
