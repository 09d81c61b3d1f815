import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { DetailBackLink, DetailDownloads, DetailUnavailable, InvoiceDetailBody } from "@/components/factures/invoice-detail";
import { StatusBadge } from "@/components/factures/status-badge";
import { Alert } from "@/components/ui/alert";
import { writeAudit } from "@/lib/audit";
import { canActOn, requireSpace } from "@/lib/auth/guards";
import { loadInvoiceDetail } from "@/lib/factures/detail-data";
import { EMISES } from "@/lib/factures/spaces";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
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
  // A link may name the structure (?structure=): the supplier must hold that one, or it is refused.
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
  const loaded = await loadInvoiceDetail(EMISES, active, Number(id), t);
  if (loaded.kind === "not_found") notFound();
  const d = t.factures.detail;
  const back = <DetailBackLink href={asked !== undefined ? `/factures/emises?structure=${active.idStructureCPP}` : "/factures/emises"} label={d.back} />;
  if (loaded.kind === "error") return <DetailUnavailable back={back} title={t.states.unavailableTitle} message={loaded.message} />;
  const { detail, history } = loaded;
  const query = `structure=${active.idStructureCPP}`;
  const api = `/api/factures/emises/${detail.identifiantFactureCPP}`;
  const last = history?.statuts.find((s) => s.histoStatutCode === (detail.statutFacture ?? history.statutCourant));
  return (
    <div className="flex flex-col gap-6">
      {back}
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{format(d.title, { numero: detail.numeroFacture ?? id })}</h1>
        <StatusBadge statut={detail.statutFacture ?? history?.statutCourant} since={last?.histoStatutDatePassage} commentaire={last?.histoStatutCommentaire} t={t.factures} locale={locale} />
        <DetailDownloads api={api} query={query} one={t.factures.downloads.one} withAttachments={t.factures.downloads.withAttachments} />
      </header>
      {sp.fait === "1" ? (
        <Alert tone="success" live="status">
          {t.depot.actions.done}
        </Alert>
      ) : null}
      <SupplierActions facture={detail} idStructureCPP={active.idStructureCPP} t={t} />
      <InvoiceDetailBody detail={detail} history={history} historyError={loaded.historyError} api={api} query={query} t={t} locale={locale} references={<InvoiceReferences facture={detail} t={t.factures} locale={locale} />} />
    </div>
  );
}
