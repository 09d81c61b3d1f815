import Link from "next/link";
import type { Messages } from "@/lib/i18n";
import { cn } from "@/lib/utils";
import { listHref, VIEWS, type ListState } from "@/lib/validations/factures-recues-search";

/** The three views as links (the view is in the URL like the filters); the current one is marked. */
export function ViewsNav({ state, base, t }: { state: ListState; base: string; t: Messages["recues"] }) {
  return (
    <nav aria-label={t.views.label}>
      <ul className="flex flex-wrap gap-2">
        {VIEWS.map((v) => (
          <li key={v}>
            <Link href={listHref(base, { ...state, filters: v === "atraiter" ? {} : state.filters }, { view: v, page: 1 })} aria-current={state.view === v ? "page" : undefined}
              className={cn("inline-flex h-10 items-center rounded-md border border-border px-4 font-medium", state.view === v ? "bg-primary text-primary-foreground" : "text-primary underline-offset-4 hover:underline")}>
              {t.views[v]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
