import type { Rattachement } from "@/lib/auth/current-user";
import type { Space } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n";
import { formatSiret } from "@/lib/format";

export function SpaceHeader({ space, t, active }: { space: Space; t: Messages; active: Rattachement }) {
  return (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold">{t.nav[space]}</h1>
      <p className="text-muted-foreground">{t.spaces[space]}</p>
      <p className="text-sm">
        {t.nav.structure} : <span className="font-medium">{active.designationStructure}</span>
        {/^\d{14}$/.test(active.identifiantStructure) ? ` (${formatSiret(active.identifiantStructure)})` : ""}
      </p>
    </header>
  );
}
