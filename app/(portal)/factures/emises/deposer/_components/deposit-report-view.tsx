import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatAmount, formatDateTime } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import type { DepositView } from "../_lib/deposit-report";

function stateOf(v: DepositView, t: Messages["depot"]["report"]): { label: string; tone: BadgeTone } {
  if (v.outbox?.status === "failed") return { label: t.sendFailed, tone: "danger" };
  if (!v.numeroFluxDepot) return { label: t.waiting, tone: "neutral" };
  if (v.etat === "IN_INTEGRE") return { label: t.integrated, tone: "success" };
  if (v.etat === "IN_INTEGRE_PARTIEL") return { label: t.partial, tone: "warning" };
  if (v.final) return { label: t.rejected, tone: "danger" };
  return { label: v.etat ?? t.waiting, tone: "info" };
}

export function DepositReportView({ view: v, t }: { view: DepositView; t: Messages["depot"]["report"] }) {
  const state = stateOf(v, t);
  const rejections = [
    ...(v.report?.listeErreurTechnique ?? []).map((e) => ({ who: e.codeErreur ?? "", raw: e.decodage.raw, explication: e.decodage.explication })),
    ...(v.report?.listeErreurDP ?? []).map((e) => ({ who: e.numeroDP ?? "", raw: e.decodage.raw, explication: e.decodage.explication })),
  ];
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t.file}</dt><dd>{v.fileName}</dd>
        <dt className="font-medium">{t.syntax}</dt><dd>{v.syntaxeFlux}</dd>
        <dt className="font-medium">{t.number}</dt><dd>{v.numeroFluxDepot ?? "—"}</dd>
        <dt className="font-medium">{t.state}</dt><dd><Badge tone={state.tone} data-testid="deposit-state">{state.label}</Badge>{v.etat && v.etat !== state.label ? <span className="ms-2 text-sm text-muted-foreground">({v.etat})</span> : null}</dd>
        {v.lastCheckedAt ? <><dt className="font-medium">{t.lastCheck}</dt><dd>{formatDateTime(v.lastCheckedAt)}</dd></> : null}
      </dl>
      {v.outbox?.status === "failed" && v.outbox.lastError ? <Alert tone="danger" title={t.sendFailed}>{v.outbox.lastError.userMessage}</Alert> : null}
      {!v.numeroFluxDepot && v.outbox?.status !== "failed" ? <Alert tone="info" title={t.waiting}>{t.waitingHint}</Alert> : null}
      {v.numeroFluxDepot && !v.final ? <Alert tone="info">{t.following}</Alert> : null}
      {rejections.length > 0 ? (
        <section aria-labelledby="rejections-title" className="flex flex-col gap-2">
          <h2 id="rejections-title" className="text-lg font-bold">{t.rejections}</h2>
          <ul className="flex flex-col gap-3">
            {rejections.map((r, i) => (
              <li key={i} className="rounded-md border border-border p-3">
                {r.explication ? <p><span className="font-medium">{t.explanation} :</span> {r.explication}</p> : null}
                <p className="text-sm text-muted-foreground"><span className="font-medium">{t.raw} :</span> {r.who ? `${r.who} — ` : ""}{r.raw}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.final && v.etat !== "IN_REJETE" ? (
        <section aria-labelledby="invoices-title" className="flex flex-col gap-2">
          <h2 id="invoices-title" className="text-lg font-bold">{t.invoices}</h2>
          {v.invoices.length === 0 ? <p>{t.noInvoices}</p> : (
            <Table regionLabel={t.invoices}>
              <TableHeader><TableRow><TableHead>{t.invoice}</TableHead><TableHead>{t.state}</TableHead><TableHead numeric>TTC</TableHead></TableRow></TableHeader>
              <TableBody>
                {v.invoices.map((f) => (
                  <TableRow key={f.identifiantFactureCPP}>
                    <TableCell><Link className="text-primary underline" href={`/factures/emises/${f.identifiantFactureCPP}`}>{f.numeroFacture ?? f.identifiantFactureCPP}</Link></TableCell>
                    <TableCell>{f.statut ?? "—"}</TableCell>
                    <TableCell numeric>{f.montantTTC ? formatAmount(f.montantTTC) : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      ) : null}
    </div>
  );
}
