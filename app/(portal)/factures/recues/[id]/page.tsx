import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Download } from "lucide-react";
import { AttachmentsList } from "@/components/factures/attachments-list";
import { HistoryTimeline } from "@/components/factures/history-timeline";
import { InvoiceAmounts } from "@/components/factures/invoice-amounts";
import { InvoiceLines } from "@/components/factures/invoice-lines";
import { InvoiceParties } from "@/components/factures/invoice-parties";
import { StatusBadge } from "@/components/factures/status-badge";
import { VatRecap } from "@/components/factures/vat-recap";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { ProcessForm } from "../_components/process-form";
import { getPaymentDelayDays } from "../_components/portal-state";
import { DelayIndicator } from "./_components/delay-indicator";
import { loadDetail } from "./_components/detail-data";
import { paymentDelay } from "./_components/payment-delay";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getMessages();
  return { title: format(t.factures.detail.title, { numero: (await params).id }) };
}

export default async function Page({ params }: Props) {
  const { active } = await requireSpace("recues");
  const [{ id }, t, locale] = await Promise.all([params, getMessages(), getLocale()]);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const [loaded, delaySetting] = await Promise.all([loadDetail(active, Number(id), t), getPaymentDelayDays(active.idStructureCPP)]);
  if (loaded.kind === "not_found") notFound();
  const d = t.factures.detail;
  const back = <Link href="/factures/recues" className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline"><ArrowLeft aria-hidden="true" className="size-4" />{d.back}</Link>;
  if (loaded.kind === "error") return <div className="flex flex-col gap-6">{back}<Alert tone="danger" title={t.states.unavailableTitle}>{loaded.message}</Alert></div>;
  const { detail, history, historyError, actions } = loaded;
  const statut = detail.statutFacture ?? history?.statutCourant;
  const devise = detail.references?.codeDeviseFacture;
  const q = `structure=${active.idStructureCPP}`;
  const api = `/api/factures/recues/${detail.identifiantFactureCPP}`;
  const last = history?.statuts.find((s) => s.histoStatutCode === statut);
  const numero = detail.numeroFacture ?? id;
  const delay = history ? paymentDelay(history.statuts, statut, delaySetting.days, new Date()) : null;
  return (
    <div className="flex flex-col gap-6">
      {back}
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{format(d.title, { numero })}</h1>
        <StatusBadge statut={statut} since={last?.histoStatutDatePassage} commentaire={last?.histoStatutCommentaire} t={t.factures} locale={locale} />
        <div className="flex flex-wrap gap-3">
          <a href={`${api}/telecharger?${q}`} className={buttonVariants({ variant: "primary" })} download><Download aria-hidden="true" />{t.factures.downloads.one}</a>
          <a href={`${api}/telecharger?${q}&pj=1`} className={buttonVariants({ variant: "secondary" })} download><Download aria-hidden="true" />{t.factures.downloads.withAttachments}</a>
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card><CardHeader><CardTitle>{t.recues.delay.title}</CardTitle></CardHeader><CardContent><DelayIndicator delay={delay} t={t.recues.delay} locale={locale} /></CardContent></Card>
        <Card>
          <CardHeader><CardTitle>{t.recues.actions.title}</CardTitle></CardHeader>
          <CardContent>
            <ProcessForm idStructureCPP={active.idStructureCPP} ids={[detail.identifiantFactureCPP]} numeros={{ [detail.identifiantFactureCPP]: numero }} actions={actions} t={t.recues.actions} title={t.recues.actions.title} />
          </CardContent>
        </Card>
      </div>
      <Card><CardHeader><CardTitle>{d.parties}</CardTitle></CardHeader><CardContent><InvoiceParties facture={detail} t={t.factures} locale={locale} /></CardContent></Card>
      <Card><CardHeader><CardTitle>{d.lines}</CardTitle></CardHeader><CardContent><InvoiceLines lines={detail.lignesDePoste?.lignePoste ?? []} devise={devise} t={t.factures} locale={locale} /></CardContent></Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card><CardHeader><CardTitle>{d.vat}</CardTitle></CardHeader><CardContent><VatRecap lines={detail.recapitulatifDeTva?.ligneTva ?? []} devise={devise} t={t.factures} locale={locale} /></CardContent></Card>
        <Card><CardHeader><CardTitle>{d.amounts}</CardTitle></CardHeader><CardContent><InvoiceAmounts facture={detail} t={t.factures} locale={locale} /></CardContent></Card>
      </div>
      <Card>
        <CardHeader><CardTitle>{d.attachments}</CardTitle></CardHeader>
        <CardContent><AttachmentsList attachments={detail.listeDesPiecesJointes?.pieceJointe ?? []} downloadHref={`${api}/pieces-jointes?${q}`} t={t.factures} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{d.history}</CardTitle></CardHeader>
        <CardContent>{history ? <HistoryTimeline history={history} t={t.factures} locale={locale} /> : <Alert tone="warning" live="none">{format(d.historyUnavailable, { message: historyError ?? "" })}</Alert>}</CardContent>
      </Card>
    </div>
  );
}
