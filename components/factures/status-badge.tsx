import { Badge } from "@/components/ui/badge";
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";
import { formatDateTime, type FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { statusTone } from "./status-tone";

export interface StatusBadgeProps {
  statut: StatutFacture | undefined;
  /** When the invoice entered this status (dateHeureEtatCourant). */
  since?: Date | undefined;
  /** Comment of the last change (commentaireEtatCourant), e.g. the rejection reason. */
  commentaire?: string | undefined;
  t: Messages["factures"];
  locale?: FormatLocale;
}

/** The readable status of an invoice, with the date and comment of its last change. */
export function StatusBadge({ statut, since, commentaire, t, locale = "fr" }: StatusBadgeProps) {
  const label = statut ? t.statuts[statut] : t.statuts.TECHNIQUE_INCONNU;
  return (
    <div className="flex flex-col items-start gap-0.5">
      <Badge tone={statusTone(statut)} data-statut={statut}>
        {label}
      </Badge>
      {since ? <span className="text-sm text-muted-foreground">{format(t.list.statusSince, { date: formatDateTime(since, locale) })}</span> : null}
      {commentaire ? <span className="max-w-64 text-sm text-foreground">« {commentaire} »</span> : null}
    </div>
  );
}
