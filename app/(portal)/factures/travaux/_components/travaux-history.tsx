import { StatusBadge } from "@/components/factures/status-badge";
import { formatDateTime } from "@/lib/format";
import type { Messages } from "@/lib/i18n";

type Entry = { at?: Date | undefined; statut?: Parameters<typeof StatusBadge>[0]["statut"]; libelle?: string | undefined; auteur?: string | undefined; piece?: string | undefined };

/** Statuses and events (the thread of the file) as one list, newest first. */
export function TravauxHistory({ entries, t }: { entries: Entry[]; t: Messages }) {
  const sorted = [...entries].sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
  if (sorted.length === 0) return <p className="text-muted-foreground">{t.travaux.detail.noHistory}</p>;
  return (
    <ol aria-label={t.travaux.detail.history} className="flex flex-col gap-3 border-s-2 border-border ps-4">
      {sorted.map((e, i) => (
        <li key={i} className="flex flex-col gap-1">
          {e.at ? <time dateTime={e.at.toISOString()} className="text-sm text-muted-foreground">{formatDateTime(e.at)}</time> : null}
          <div className="flex flex-wrap items-center gap-2">
            {e.piece ? <span className="text-sm font-medium">{e.piece}</span> : null}
            {e.statut ? <StatusBadge statut={e.statut} t={t.factures} /> : null}
            {e.libelle ? <span>{e.libelle}</span> : null}
            {e.auteur ? <span className="text-sm text-muted-foreground">({e.auteur})</span> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
