import type { Metadata } from "next";
import Link from "next/link";
import { FileSearch } from "lucide-react";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button-variants";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { parseTravauxParams, searchRolesFor, travauxHref, type RawParams } from "@/lib/validations/travaux-search";
import { TravauxFiltersForm } from "../_components/filters-form";
import { loadTravauxList } from "../_components/list-data";
import { PiecesTable } from "../_components/pieces-table";
import { RoleTabs } from "../_components/role-tabs";

const BASE = "/factures/travaux";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["travaux"] };
}

export default async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { active } = await requireSpace("travaux");
  const [t, raw] = await Promise.all([getMessages(), searchParams]);
  const state = parseTravauxParams(raw);
  // The search role comes from the user's roles on the active structure; a role in the URL that the
  // structure does not hold falls back to the first one it holds.
  const roles = searchRolesFor(active.roles);
  const role = roles.find((r) => r === state.role) ?? roles[0];
  const l = t.travaux.list;
  if (!role) return <Alert tone="warning">{l.noRole}</Alert>;
  const data = await loadTravauxList(active, role, state, t);
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="travaux" t={t} active={active} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <RoleTabs roles={roles} current={role} base={BASE} t={t.travaux} />
        {role === "FOURNISSEUR" ? <Link href={`${BASE}/nouvelle`} className={buttonVariants()}>{l.open}</Link> : null}
      </div>
      <TravauxFiltersForm state={state} role={role} base={BASE} raw={raw} t={t} />
      {state.ignored.length ? <Alert tone="warning" live="none">{l.ignored} {state.ignored.map((k) => (t.travaux.filters as Record<string, string>)[k] ?? k).join(", ")}.</Alert> : null}
      {!data.ok ? (
        <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert>
      ) : data.items.length === 0 ? (
        <EmptyState icon={<FileSearch />} title={l.emptyTitle} description={l.emptyBody} />
      ) : (
        <section aria-label={l.region} className="flex flex-col gap-4">
          <PiecesTable items={data.items} state={{ ...state, role }} role={role} base={BASE} structureName={active.designationStructure} t={t} />
          <Pagination
            page={data.pagination.pageCourante}
            pageCount={data.pagination.pages}
            hrefForPage={(n) => travauxHref(BASE, { ...state, role }, { page: n })}
            label={l.pagination}
            previousLabel={l.previous}
            nextLabel={l.next}
            pageLabel={(n) => format(l.page, { n })}
          />
        </section>
      )}
    </div>
  );
}
