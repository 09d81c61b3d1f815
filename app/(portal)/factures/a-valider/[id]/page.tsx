import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailBackLink, DetailDownloads, DetailUnavailable, InvoiceDetailBody } from "@/components/factures/invoice-detail";
import { SectionSkeleton } from "@/components/factures/list-skeleton";
import { StatusBadge } from "@/components/factures/status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { canActOn, requireSpace } from "@/lib/auth/guards";
import type { Rattachement } from "@/lib/auth/current-user";
import { loadInvoiceDetail } from "@/lib/factures/detail-data";
import { A_VALIDER } from "@/lib/factures/spaces";
import { format, type Messages } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { isDecidable } from "@/lib/queries/factures-a-valider";
import { DecisionSection } from "../_components/decision-section";
import { loadMotifs } from "../_lib/detail-data";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getMessages();
  return { title: format(t.aValider.detail.title, { numero: (await params).id }) };
}

type DecisionProps = { rattachement: Rattachement; cadre: string | undefined; idFacture: number; numero: string; t: Messages["aValider"]["decision"] };

/** The decision form once the cadre's refusal motifs are read: streamed after the invoice itself. */
async function Decision({ rattachement, cadre, idFacture, numero, t }: DecisionProps) {
  const motifs = await loadMotifs(rattachement, cadre);
  return <DecisionSection idFacture={idFacture} idStructureCPP={rattachement.idStructureCPP} numero={numero} motifs={motifs} t={t} />;
}

// The invoice is read before any Suspense boundary: notFound() still answers HTTP 404.
export default async function Page({ params }: Props) {
  const { user, active: spaceActive } = await requireSpace("a-valider");
  const [{ id }, t, locale] = await Promise.all([params, getMessages(), getLocale()]);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const active = canActOn(user, spaceActive.idStructureCPP, ["valideur"]) ?? spaceActive;
  const loaded = await loadInvoiceDetail(A_VALIDER, active, Number(id), t);
  if (loaded.kind === "not_found") notFound();
  const a = t.aValider;
  const back = <DetailBackLink href="/factures/a-valider" label={a.detail.back} />;
  if (loaded.kind === "error") return <DetailUnavailable back={back} title={t.states.unavailableTitle} message={loaded.message} />;
  const { detail, history } = loaded;
  const statut = detail.statutFacture ?? history?.statutCourant;
  const numero = detail.numeroFacture ?? id;
  const api = `/api/factures/a-valider/${detail.identifiantFactureCPP}`;
  const query = `structure=${active.idStructureCPP}`;
  const decidable = isDecidable(statut);
  return (
    <div className="flex flex-col gap-6">
      {back}
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{format(a.detail.title, { numero })}</h1>
        <StatusBadge statut={statut} t={t.factures} locale={locale} />
        <DetailDownloads api={api} query={query} one={a.detail.download} withAttachments={a.detail.downloadAll} />
      </header>
      <Card>
        <CardHeader><CardTitle>{a.decision.title}</CardTitle></CardHeader>
        <CardContent>
          {decidable
            ? (
              <Suspense fallback={<SectionSkeleton label={t.states.loading} />}>
                <Decision rattachement={active} cadre={detail.cadreDeFacturation?.codeCadreFacturation} idFacture={detail.identifiantFactureCPP} numero={numero} t={a.decision} />
              </Suspense>
            )
            : <p>{format(a.detail.closed, { statut: statut ? t.factures.statuts[statut] : "—" })}</p>}
        </CardContent>
      </Card>
      <InvoiceDetailBody detail={detail} history={history} historyError={loaded.historyError} api={api} query={query} t={t} locale={locale} />
    </div>
  );
}
