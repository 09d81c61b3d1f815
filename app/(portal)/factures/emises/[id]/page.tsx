import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
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
import { writeAudit } from "@/lib/audit";
import { canActOn, requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { loadDetail } from "./_components/detail-data";
import { InvoiceReferences } from "./_components/invoice-references";
import { SupplierActions } from "./_components/supplier-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getMessages();
  return { title: format(t.factures.detail.title, { numero: (await params).id }) };
}

export default async function Page({ params, searchParams }: Props) {
  const { user, active: spaceActive } = await requireSpace("emises");
  const [{ id }, sp, t, locale] = await Promise.all([params, searchParams, getMessages(), getLocale()]);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const asked = typeof sp.structure === "string" ? sp.structure : undefined;
  let active = canActOn(user, spaceActive.idStructureCPP, ["fournisseur"]) ?? spaceActive;
  if (asked !== undefined) {
    const r = /^\d{1,15}$/.test(asked) ? canActOn(user, Number(asked), ["fournisseur"]) : null;
    if (!r) {
      await writeAudit({ action: "page.emises.detail", outcome: "denied", accountId: user.id, accountEmail: user.email, subjectType: "facture", subjectId: id });
      forbidden();
    }
    active = r;
  }
  const loaded = await loadDetail(active, Number(id), t);
  if (loaded.kind === "not_found") notFound();
  const back = asked !== undefined ? `/factures/emises?structure=${active.idStructureCPP}` : "/factures/emises";
  if (loaded.kind === "error") {
    return (
      <div className="flex flex-col gap-6">
        <Link href={back} className="inline-flex items-center gap-2 self-start text-primary underline"><ArrowLeft aria-hidden="true" className="size-4" />{t.factures.detail.back}</Link>
        <Alert tone="danger" title={t.states.unavailableTitle}>{loaded.message}</Alert>
      </div>
    );
  }
  const { detail, history, historyError } = loaded;
  const d = t.factures.detail;
  const devise = detail.references?.codeDeviseFacture;
  const q = `structure=${active.idStructureCPP}`;
  const api = `/api/factures/emises/${detail.identifiantFactureCPP}`;
  const last = history?.statuts.find((s) => s.histoStatutCode === (detail.statutFacture ?? history.statutCourant));
  return (
    <div className="flex flex-col gap-6">
      <Link href={back} className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {d.back}
      </Link>
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{format(d.title, { numero: detail.numeroFacture ?? id })}</h1>
        <StatusBadge statut={detail.statutFacture ?? history?.statutCourant} since={last?.histoStatutDatePassage} commentaire={last?.histoStatutCommentaire} t={t.factures} locale={locale} />
        <div className="flex flex-wrap gap-3">
          <a href={`${api}/telecharger?${q}`} className={buttonVariants({ variant: "primary" })} download>
            <Download aria-hidden="true" />{t.factures.downloads.one}
          </a>
          <a href={`${api}/telecharger?${q}&pj=1`} className={buttonVariants({ variant: "secondary" })} download>
            <Download aria-hidden="true" />{t.factures.downloads.withAttachments}
          </a>
        </div>
      </header>
      <SupplierActions facture={detail} idStructureCPP={active.idStructureCPP} t={t} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card><CardHeader><CardTitle>{d.parties}</CardTitle></CardHeader><CardContent><InvoiceParties facture={detail} t={t.factures} locale={locale} /></CardContent></Card>
        <Card><CardHeader><CardTitle>{d.references}</CardTitle></CardHeader><CardContent><InvoiceReferences facture={detail} t={t.factures} locale={locale} /></CardContent></Card>
      </div>
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
