import type { Metadata } from "next";
import Link from "next/link";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireSpace } from "@/lib/auth/guards";
import { referentiel } from "@/lib/chorus-pro/referentiel";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { servicesListSchema } from "@/lib/validations/structures";
import { CreateServiceForm } from "../_components/create-service-form";
import { loadFor } from "../_components/load";
import { StructureTabs } from "../_components/structure-tabs";

const PAGE_SIZE = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).structures.services.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { active } = await requireSpace("structures");
  const [t, raw] = await Promise.all([getMessages(), searchParams]);
  const s = t.structures;
  const one = (k: string) => { const v = raw[k]; return Array.isArray(v) ? v[0] : v; };
  const f = servicesListSchema.parse({ statut: one("statut"), q: one("q") ?? "", page: one("page") });
  const data = await loadFor(active, (ctx, fiche) => referentiel.listerServices(ctx, { idStructureCPP: active.idStructureCPP, uuid: fiche.uuid }));
  const q = f.q.toLowerCase();
  const all = data.ok ? data.data.filter((x) => (f.statut === "tous" || (f.statut === "actifs") === x.actif) && (!q || x.codeService.toLowerCase().includes(q) || x.libelle.toLowerCase().includes(q))) : [];
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const shown = all.slice((f.page - 1) * PAGE_SIZE, f.page * PAGE_SIZE);
  const href = (page: number) => `/structures/services?${new URLSearchParams({ statut: f.statut, q: f.q, ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="structures" t={t} active={active} />
      <StructureTabs current="services" t={t} />
      <form method="get" action="/structures/services" className="flex flex-wrap items-end gap-4">
        <Field label={s.services.filter}><NativeSelect name="statut" defaultValue={f.statut}>
          <option value="tous">{s.services.all}</option><option value="actifs">{s.services.actifs}</option><option value="inactifs">{s.services.inactifs}</option>
        </NativeSelect></Field>
        <Field label={s.services.search}><Input name="q" defaultValue={f.q} /></Field>
        <Button type="submit" variant="secondary">{s.services.apply}</Button>
      </form>
      {!data.ok ? <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert> : shown.length === 0 ? (
        <EmptyState title={s.services.emptyTitle} description={s.services.emptyBody} />
      ) : (
        <section aria-label={s.services.region} className="flex flex-col gap-4">
          <Table regionLabel={s.services.region}>
            <TableHeader><TableRow>
              <TableHead>{s.services.code}</TableHead><TableHead>{s.services.libelle}</TableHead><TableHead>{s.services.etat}</TableHead><TableHead>{s.services.idService}</TableHead>
            </TableRow></TableHeader>
            <TableBody>{shown.map((x) => (
              <TableRow key={x.uuid ?? x.codeService}>
                <TableCell><Link className="font-medium text-primary underline" href={`/structures/services/${encodeURIComponent(x.uuid ?? String(x.idService))}`} aria-label={format(s.services.consult, { code: x.codeService })}>{x.codeService}</Link></TableCell>
                <TableCell>{x.libelle}</TableCell>
                <TableCell><Badge tone={x.actif ? "success" : "neutral"}>{x.actif ? s.active : x.etat === "SUPPRIME" ? s.deleted : s.inactive}</Badge></TableCell>
                <TableCell>{x.idService ?? "—"}</TableCell>
              </TableRow>
            ))}</TableBody>
          </Table>
          <Pagination page={f.page} pageCount={pages} hrefForPage={href} label={s.services.pagination} previousLabel={s.services.previous} nextLabel={s.services.next} pageLabel={(n) => format(s.services.page, { n })} />
        </section>
      )}
      {active.roles.includes("admin") ? (
        <Card><CardHeader><CardTitle as="h2">{s.create.title}</CardTitle></CardHeader><CardContent>
          <CreateServiceForm idStructureCPP={active.idStructureCPP} t={{ ...s.create, pending: s.outcome.pending, failed: s.outcome.failed }} />
        </CardContent></Card>
      ) : null}
    </div>
  );
}
