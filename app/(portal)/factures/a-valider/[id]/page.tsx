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
import { canActOn, requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { isDecidable } from "@/lib/queries/factures-a-valider";
import { DecisionSection } from "../_components/decision-section";
import { loadDetail, loadMotifs } from "../_lib/detail-data";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getMessages();
  return { title: format(t.aValider.detail.title, { numero: (await params).id }) };
}

export default async function Page({ params }: Props) {
  const { user, active: spaceActive } = await requireSpace("a-valider");
  const [{ id }, t, locale] = await Promise.all([params, getMessages(), getLocale()]);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const active = canActOn(user, spaceActive.idStructureCPP, ["valideur"]) ?? spaceActive;
  const loaded = await loadDetail(active, Number(id), t);
  if (loaded.kind === "not_found") notFound();
  const a = t.aValider;
  const back = (
    <Link href="/factures/a-valider" className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline">
      <ArrowLeft aria-hidden="true" className="size-4" />{a.detail.back}
    </Link>
  );
  if (loaded.kind === "error") {
    return <div className="flex flex-col gap-6">{back}<Alert tone="danger" title={t.states.unavailableTitle}>{loaded.message}</Alert></div>;
  }
  const { detail, history, historyError } = loaded;
  const d = t.factures.detail;
  const devise = detail.references?.codeDeviseFacture;
  const statut = detail.statutFacture ?? history?.statutCourant;
  const numero = detail.numeroFacture ?? id;
  const api = `/api/factures/a-valider/${detail.identifiantFactureCPP}`;
  const q = `structure=${active.idStructureCPP}`;
  const decidable = isDecidable(statut);
  const motifs = decidable ? await loadMotifs(active, detail.cadreDeFacturation?.codeCadreFacturation) : [];
  return (
    <div className="flex flex-col gap-6">
      {back}
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{format(a.detail.title, { numero })}</h1>
        <StatusBadge statut={statut} t={t.factures} locale={locale} />
        <div className="flex flex-wrap gap-3">
          <a href={`${api}/telecharger?${q}`} className={buttonVariants({ variant: "primary" })} download><Download aria-hidden="true" />{a.detail.download}</a>
          <a href={`${api}/telecharger?${q}&pj=1`} className={buttonVariants({ variant: "secondary" })} download><Download aria-hidden="true" />{a.detail.downloadAll}</a>
        </div>
      </header>
      <Card>
        <CardHeader><CardTitle>{a.decision.title}</CardTitle></CardHeader>
        <CardContent>
          {decidable
            ? <DecisionSection idFacture={detail.identifiantFactureCPP} idStructureCPP={active.idStructureCPP} numero={numero} motifs={motifs} t={a.decision} />
            : <p>{format(a.detail.closed, { statut: statut ? t.factures.statuts[statut] : "—" })}</p>}
        </CardContent>
      </Card>
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
        <CardContent>
          {history ? <HistoryTimeline history={history} t={t.factures} locale={locale} /> : <Alert tone="warning" live="none">{format(d.historyUnavailable, { message: historyError ?? "" })}</Alert>}
        </CardContent>
      </Card>
    </div>
  );
}
