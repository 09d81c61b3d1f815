import { CircleDot, MousePointerClick, Bell } from "lucide-react";
import type { HistoriqueFacture } from "@/lib/chorus-pro";
import { formatDateTime, type FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { StatusBadge } from "./status-badge";
import { buildTimeline, type TimelineEntry } from "./timeline";

const ICONS = { statut: CircleDot, action: MousePointerClick, evenement: Bell } as const;

/** Statuses, user actions and events of an invoice as one timeline, newest first. */
export function HistoryTimeline({ history, t, locale = "fr" }: { history: Pick<HistoriqueFacture, "statuts" | "actions" | "evenements">; t: Messages["factures"]; locale?: FormatLocale }) {
  const entries = buildTimeline(history);
  if (entries.length === 0) return <p className="text-muted-foreground">{t.detail.noHistory}</p>;
  const title = (e: TimelineEntry) =>
    e.kind === "statut" ? format(t.detail.historyStatus, { statut: e.statut ? t.statuts[e.statut] : t.statuts.TECHNIQUE_INCONNU })
      : e.kind === "action" ? format(t.detail.historyAction, { action: e.code })
        : format(t.detail.historyEvent, { evenement: e.libelle });
  return (
    <ol aria-label={t.detail.history} className="relative flex flex-col gap-4 border-s-2 border-border ps-6">
      {entries.map((e, i) => {
        const Icon = ICONS[e.kind];
        return (
          <li key={i} className="relative flex flex-col gap-1" data-kind={e.kind}>
            <Icon aria-hidden="true" className="absolute -start-[2.05rem] top-0.5 size-4 bg-background text-primary" />
            {e.at ? <time dateTime={e.at.toISOString()} className="text-sm text-muted-foreground">{formatDateTime(e.at, locale)}</time> : null}
            {e.kind === "statut" ? (
              <div className="flex flex-wrap items-center gap-2">
                <span className="sr-only">{title(e)}</span>
                <StatusBadge statut={e.statut} commentaire={e.commentaire} t={t} locale={locale} />
              </div>
            ) : (
              <span className="font-medium">{title(e)}</span>
            )}
            {e.who ? <span className="text-sm">{format(t.detail.by, { who: e.who })}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
