import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { FileSearch } from "lucide-react";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { writeAudit } from "@/lib/audit";
import { canActOn, requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { listHref, parseListParams, type RawParams } from "@/lib/validations/factures-emises-search";
import { FiltersForm } from "../_components/filters-form";
import { InvoicesTable } from "../_components/invoices-table";
import { loadList } from "../_components/list-data";
import { SelectionDownload } from "../_components/selection-download";

const BASE = "/factures/emises";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["emises"] };
}

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { user, active } = await requireSpace("emises");
  const [t, locale, raw] = await Promise.all([getMessages(), getLocale(), searchParams]);
  const state = parseListParams(raw);
  // A structure named in the URL must be one the user acts for as a supplier: a forged id is refused.
  let rattachement = canActOn(user, active.idStructureCPP, ["fournisseur"]) ?? active;
  if (state.structure !== undefined) {
    const asked = canActOn(user, state.structure, ["fournisseur"]);
    if (!asked) {
      await writeAudit({ action: "page.emises.structure", outcome: "denied", accountId: user.id, accountEmail: user.email, idStructureCPP: state.structure });
      forbidden();
    }
    rattachement = asked;
  }
  // The GET form sends every field, empty ones too: when nothing was rejected, answer with the short
  // URL (what a person copies and shares). Rejected values stay so that their message shows.
  const hasEmpty = Object.values(raw).some((v) => v === "" || (Array.isArray(v) && v.includes("")));
  if (hasEmpty && state.ignored.length === 0) redirect(listHref(BASE, state));
  const data = await loadList(rattachement, state, t);
  const d = t.factures.downloads;
  const ignoredNames = state.ignored.map((i) => (i.name in t.factures.filters ? t.factures.filters[i.name as keyof typeof t.factures.filters] : i.name));

  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="emises" t={t} active={rattachement} />
      <FiltersForm state={state} t={t} action={BASE} raw={raw} />
      {state.ignored.length ? (
        <Alert tone="warning" live="none">
          {t.factures.list.ignored} {ignoredNames.join(", ")}.
        </Alert>
      ) : null}
      {data.ok && data.notices.length ? data.notices.map((n) => <Alert key={n} tone="info" live="none">{n}</Alert>) : null}
      {!data.ok ? (
        <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert>
      ) : data.items.length === 0 ? (
        <EmptyState icon={<FileSearch />} title={t.factures.list.emptyTitle} description={t.factures.list.emptyBody} />
      ) : (
        <section aria-label={t.factures.list.region} className="flex flex-col gap-4">
          <SelectionDownload
            endpoint="/api/factures/emises/telecharger"
            idStructureCPP={rattachement.idStructureCPP}
            t={{ selection: d.selection, selected: d.selected, noneSelected: d.noneSelected, progress: d.progress, progressValue: d.progressValue, done: d.done, failed: d.failed, tooMany: d.tooMany, selectPage: t.factures.list.selectPage }}
          />
          <InvoicesTable
            items={data.items}
            pagination={data.pagination}
            state={state}
            base={BASE}
            structureName={rattachement.designationStructure}
            idStructureCPP={rattachement.idStructureCPP}
            t={t}
            locale={locale}
          />
          <Pagination
            page={data.pagination.pageCourante}
            pageCount={data.pagination.pages}
            hrefForPage={(n) => listHref(BASE, state, { page: n })}
            label={t.factures.list.pagination}
            previousLabel={t.factures.list.previous}
            nextLabel={t.factures.list.next}
            pageLabel={(n) => format(t.factures.list.page, { n })}
          />
        </section>
      )}
    </div>
  );
}
