import { Badge } from "@/components/ui/badge";
import type { Messages } from "@/lib/i18n";
import type { RowOutcome } from "./traiter";

export interface Row { idFacture: number; numeroFacture: string; outcome: RowOutcome; message: string | null; outboxId: string | null }

const TONES = { sent: "success", pending: "info", failed: "danger", refused: "danger" } as const;

/** The outcome of a processing action, one line per invoice (text, not colour only). */
export function ResultsTable({ rows, t, summary }: { rows: Row[]; t: Messages["recues"]["actions"]; summary: string }) {
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      <p className="font-medium">{summary}</p>
      <table className="w-full text-sm">
        <caption className="sr-only">{t.results}</caption>
        <thead><tr><th scope="col" className="text-start">{t.facture}</th><th scope="col" className="text-start">{t.outcome}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.idFacture} className="border-t border-border">
              <td className="py-1 pe-3">{r.numeroFacture}</td>
              <td className="py-1">
                <Badge tone={TONES[r.outcome]}>{t.outcomes[r.outcome]}</Badge>
                {r.message ? <span className="ms-2">{r.message}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
