import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import { fill } from "./fill";
import { DeleteDraftButton } from "./delete-draft-button";

export type DraftItem = { id: string; numeroFacture: string | null; status: string; updatedAt: Date; destinataire: string };

/** The supplier's unfinished drafts on this structure: resume or delete. */
export function DraftsList({ drafts, structure, currentId, t }: { drafts: DraftItem[]; structure: number; currentId: string | null; t: Messages["saisie"] }) {
  return (
    <section aria-labelledby="s-brouillons" className="flex flex-col gap-3">
      <h2 id="s-brouillons" className="text-lg font-semibold">{t.drafts}</h2>
      {drafts.length === 0 ? <p className="text-sm text-muted-foreground">{t.noDrafts}</p> : (
        <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
          {drafts.map((d) => {
            const name = d.numeroFacture || t.draftNoNumber;
            const status = t.draftStatus[d.status as keyof typeof t.draftStatus] ?? d.status;
            return (
              <li key={d.id} className="flex flex-wrap items-center gap-3 p-3" aria-current={d.id === currentId ? "true" : undefined}>
                <span className="font-medium">{name}</span>
                {d.destinataire ? <span className="text-sm">{d.destinataire}</span> : null}
                <Badge tone={d.status === "failed" ? "danger" : d.status === "queued" ? "info" : "neutral"}>{status}</Badge>
                <span className="text-sm text-muted-foreground">{fill(t.updated, { date: formatDateTime(d.updatedAt) })}</span>
                <span className="ms-auto flex gap-2">
                  <Link className="text-primary underline" href={`/factures/emises/nouvelle?brouillon=${d.id}`} aria-label={`${t.resume} : ${name}`}>{t.resume}</Link>
                  {d.status === "queued" ? null : <DeleteDraftButton structure={structure} draftId={d.id} name={name} t={t} />}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
