import type { Metadata } from "next";
import Link from "next/link";
import { FileSearch, Keyboard } from "lucide-react";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button-variants";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { canActOn, requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { listHref, type RawParams } from "@/lib/validations/factures-a-valider-search";
import { FiltersForm } from "../_components/filters-form";
import { InvoicesTable } from "../_components/invoices-table";
import { loadList } from "../_lib/list-data";

const BASE = "/factures/a-valider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["a-valider"] };
}

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { user, active } = await requireSpace("a-valider");
  const [t, locale, raw] = await Promise.all([getMessages(), getLocale(), searchParams]);
  const rattachement = canActOn(user, active.idStructureCPP, ["valideur"]) ?? active;
  const data = await loadList(rattachement, raw, t);
  const { state } = data;
  const a = t.aValider;
  const ignoredNames = state.ignored.map((i) => (i.name in a.filters ? a.filters[i.name as keyof typeof a.filters] : i.name));
  const waiting = data.ok && state.vue === "a-traiter" ? data.pagination.total : 0;

  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="a-valider" t={t} active={rattachement} />
      <FiltersForm state={state} visibles={data.visibles} t={t} action={BASE} raw={raw} />
      {state.ignored.length ? <Alert tone="warning" live="none">{a.list.ignored} {ignoredNames.join(", ")}.</Alert> : null}
      {waiting > 0 ? (
        <Link href={`${BASE}/revue`} className={buttonVariants({ variant: "secondary", className: "self-start" })}>
          <Keyboard aria-hidden="true" />{format(a.list.review, { n: waiting })}
        </Link>
      ) : null}
      {!data.ok ? (
        <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert>
      ) : data.items.length === 0 ? (
        <EmptyState icon={<FileSearch />} title={a.list.emptyTitle} description={a.list.emptyBody} />
      ) : (
        <section aria-label={a.list.region} className="flex flex-col gap-4">
          <InvoicesTable items={data.items} pagination={data.pagination} state={state} base={BASE} structureName={rattachement.designationStructure} t={t} locale={locale} />
          <Pagination
            page={data.pagination.pageCourante}
            pageCount={data.pagination.pages}
            hrefForPage={(n) => listHref(BASE, state, { page: n })}
            label={a.list.pagination}
            previousLabel={a.list.previous}
            nextLabel={a.list.next}
            pageLabel={(n) => format(a.list.page, { n })}
          />
        </section>
      )}
    </div>
  );
}
