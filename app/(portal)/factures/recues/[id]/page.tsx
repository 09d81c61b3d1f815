import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailBackLink, DetailDownloads, DetailUnavailable, InvoiceDetailBody } from "@/components/factures/invoice-detail";
import { StatusBadge } from "@/components/factures/status-badge";
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
  const back = <DetailBackLink href="/factures/recues" label={d.back} />;
  if (loaded.kind === "error") return <DetailUnavailable back={back} title={t.states.unavailableTitle} message={loaded.message} />;
  const { detail, history, actions } = loaded;
  const statut = detail.statutFacture ?? history?.statutCourant;
  const query = `structure=${active.idStructureCPP}`;
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
        <DetailDownloads api={api} query={query} one={t.factures.downloads.one} withAttachments={t.factures.downloads.withAttachments} />
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
      <InvoiceDetailBody detail={detail} history={history} historyError={loaded.historyError} api={api} query={query} t={t} locale={locale} />
    </div>
  );
}
