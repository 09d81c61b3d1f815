import type { Metadata } from "next";
import Link from "next/link";
import { FileSearch, Settings } from "lucide-react";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireSpace } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import type { Traitement } from "@/lib/validations/factures-recues-traitement";
import { listHref, parseListParams, type RawParams } from "@/lib/validations/factures-recues-search";
import { FiltersForm } from "../_components/filters-form";
import { InvoicesTable } from "../_components/invoices-table";
import { loadList } from "../_components/list-data";
import { recordVisit } from "../_components/portal-state";
import { SelectionPanel } from "../_components/selection-panel";
import { ViewsNav } from "../_components/views-nav";

const BASE = "/factures/recues";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["recues"] };
}

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  // The space layout checked the role; `active` is the public structure acted for (gestionnaire).
  const { user, active } = await requireSpace("recues");
  const [t, locale, raw] = await Promise.all([getMessages(), getLocale(), searchParams]);
  const state = parseListParams(raw);
  // Showing the list is the visit; « nouveautés » compares with the visit before this one.
  const previousVisit = await recordVisit(user.id, active.idStructureCPP);
  const data = await loadList(active, state, previousVisit, t);
  const ignoredNames = state.ignored.map((i) => (i.name in t.factures.filters ? t.factures.filters[i.name as keyof typeof t.factures.filters] : i.name in t.recues.filters ? t.recues.filters[i.name as keyof typeof t.recues.filters] : i.name));
  const allIdsQuery = listHref("", state, { page: 1 }).replace(/^\?/, "");

  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="recues" t={t} active={active} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ViewsNav state={state} base={BASE} t={t.recues} />
        <Link href={`${BASE}/parametres`} className="inline-flex items-center gap-2 text-primary underline underline-offset-4 hover:no-underline">
          <Settings aria-hidden="true" className="size-4" />{t.recues.list.settings}
        </Link>
      </div>
      {state.view === "nouveautes" ? (
        <Alert tone="info" live="none">{previousVisit ? format(t.recues.list.sinceVisit, { date: formatDateTime(previousVisit, locale) }) : t.recues.list.firstVisit}</Alert>
      ) : null}
      {state.view !== "atraiter" ? <FiltersForm state={state} t={t} action={BASE} raw={raw} /> : null}
      {state.ignored.length ? <Alert tone="warning" live="none">{t.factures.list.ignored} {ignoredNames.join(", ")}.</Alert> : null}
      {data.ok && data.notices.length ? data.notices.map((n) => <Alert key={n} tone="info" live="none">{n}</Alert>) : null}
      {!data.ok ? (
        <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert>
      ) : data.items.length === 0 ? (
        <EmptyState icon={<FileSearch />} title={t.factures.list.emptyTitle} description={t.factures.list.emptyBody} />
      ) : (
        <section aria-label={t.recues.list.region} className="flex flex-col gap-4">
          <SelectionPanel
            idStructureCPP={active.idStructureCPP}
            actions={data.actions as Record<string, Traitement[]>}
            allIdsHref={`/api/factures/recues/ids?structure=${active.idStructureCPP}${allIdsQuery ? `&${allIdsQuery}` : ""}`}
            t={{ downloads: t.factures.downloads, actions: t.recues.actions, selectPage: t.factures.list.selectPage, all: t.recues.downloads.all }}
          />
          <InvoicesTable items={data.items} pagination={data.pagination} state={state} base={BASE} structureName={active.designationStructure} t={t} locale={locale} />
          <Pagination page={data.pagination.pageCourante} pageCount={data.pagination.pages} hrefForPage={(n) => listHref(BASE, state, { page: n })}
            label={t.factures.list.pagination} previousLabel={t.factures.list.previous} nextLabel={t.factures.list.next} pageLabel={(n) => format(t.factures.list.page, { n })} />
        </section>
      )}
    </div>
  );
}
