import type { ReactNode } from "react";
import Link from "next/link";
import { ArrowLeft, Download } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FactureDetail, HistoriqueFacture } from "@/lib/chorus-pro";
import type { FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { AttachmentsList } from "./attachments-list";
import { HistoryTimeline } from "./history-timeline";
import { InvoiceAmounts } from "./invoice-amounts";
import { InvoiceLines } from "./invoice-lines";
import { InvoiceParties } from "./invoice-parties";
import { VatRecap } from "./vat-recap";

/*
 * The parts the detail pages of the three invoice spaces (émises, reçues, à valider) have in
 * common; each page keeps its own header badge and its space's actions between header and body.
 * `api` is the space's route folder for one invoice (`/api/factures/<space>/<id>`), `query` the
 * `structure=…` the routes check.
 */

export function DetailBackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline">
      <ArrowLeft aria-hidden="true" className="size-4" />
      {label}
    </Link>
  );
}

/** The page when Chorus Pro could not answer: the way back and why, in French. */
export function DetailUnavailable({ back, title, message }: { back: ReactNode; title: string; message: string }) {
  return <div className="flex flex-col gap-6">{back}<Alert tone="danger" title={title}>{message}</Alert></div>;
}

export function DetailDownloads({ api, query, one, withAttachments }: { api: string; query: string; one: string; withAttachments: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <a href={`${api}/telecharger?${query}`} className={buttonVariants({ variant: "primary" })} download><Download aria-hidden="true" />{one}</a>
      <a href={`${api}/telecharger?${query}&pj=1`} className={buttonVariants({ variant: "secondary" })} download><Download aria-hidden="true" />{withAttachments}</a>
    </div>
  );
}

type BodyProps = {
  detail: FactureDetail;
  history: HistoriqueFacture | null;
  historyError: string | null;
  api: string;
  query: string;
  t: Messages;
  locale: FormatLocale;
  /** Shown beside the parties when given (the supplier's own references). */
  references?: ReactNode;
};

/** Parties, lines, VAT, amounts, attachments and history: the invoice as every space shows it. */
export function InvoiceDetailBody({ detail, history, historyError, api, query, t, locale, references }: BodyProps) {
  const d = t.factures.detail;
  const devise = detail.references?.codeDeviseFacture;
  const parties = <Card><CardHeader><CardTitle>{d.parties}</CardTitle></CardHeader><CardContent><InvoiceParties facture={detail} t={t.factures} locale={locale} /></CardContent></Card>;
  return (
    <>
      {references ? <div className="grid gap-6 lg:grid-cols-2">{parties}<Card><CardHeader><CardTitle>{d.references}</CardTitle></CardHeader><CardContent>{references}</CardContent></Card></div> : parties}
      <Card><CardHeader><CardTitle>{d.lines}</CardTitle></CardHeader><CardContent><InvoiceLines lines={detail.lignesDePoste?.lignePoste ?? []} devise={devise} t={t.factures} locale={locale} /></CardContent></Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card><CardHeader><CardTitle>{d.vat}</CardTitle></CardHeader><CardContent><VatRecap lines={detail.recapitulatifDeTva?.ligneTva ?? []} devise={devise} t={t.factures} locale={locale} /></CardContent></Card>
        <Card><CardHeader><CardTitle>{d.amounts}</CardTitle></CardHeader><CardContent><InvoiceAmounts facture={detail} t={t.factures} locale={locale} /></CardContent></Card>
      </div>
      <Card>
        <CardHeader><CardTitle>{d.attachments}</CardTitle></CardHeader>
        <CardContent><AttachmentsList attachments={detail.listeDesPiecesJointes?.pieceJointe ?? []} downloadHref={`${api}/pieces-jointes?${query}`} t={t.factures} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{d.history}</CardTitle></CardHeader>
        <CardContent>
          {history ? <HistoryTimeline history={history} t={t.factures} locale={locale} /> : <Alert tone="warning" live="none">{format(d.historyUnavailable, { message: historyError ?? "" })}</Alert>}
        </CardContent>
      </Card>
    </>
  );
}
