import Link from "next/link";
import { cn } from "@/lib/utils";
import type { Messages } from "@/lib/i18n";

const TABS = [["fiche", "/structures"], ["services", "/structures/services"], ["recherche", "/structures/recherche"]] as const;

/** Links between the space's pages (plain navigation: each is its own URL). */
export function StructureTabs({ current, t }: { current: (typeof TABS)[number][0]; t: Messages }) {
  return (
    <nav aria-label={t.structures.title}>
      <ul className="flex flex-wrap gap-2 border-b border-border">
        {TABS.map(([key, href]) => (
          <li key={key}>
            <Link href={href} aria-current={current === key ? "page" : undefined}
              className={cn("inline-block rounded-t-md px-3 py-2 font-medium underline-offset-4 hover:underline", current === key ? "border-b-2 border-primary text-primary" : "text-muted-foreground")}>
              {t.structures.tabs[key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
