import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { searchAudit } from "@/lib/admin/audit-log";
import { requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { AUDIT_OUTCOMES, auditHref, parseAuditFilter } from "@/lib/validations/admin";
import { AdminFrame } from "../_components/admin-frame";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.tabs.journal };
}

const TONE = { success: "success", denied: "danger", error: "warning", pending: "info" } as const;

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { active, structures } = await requireSpace("admin");
  const [t, raw] = await Promise.all([getMessages(), searchParams]);
  const j = t.admin.journal;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // Malformed filters are ignored, and a date that does not exist says so beside its field.
  const { filter: f, problems } = parseAuditFilter(Object.fromEntries(Object.entries(flat).filter(([, v]) => v !== "")));
  const scope = structures.map((s) => s.idStructureCPP);
  const { rows, total, pages } = await searchAudit(f, scope);
  const name = (id: number | null) => structures.find((s) => s.idStructureCPP === id)?.designationStructure ?? (id ?? "—");
  return (
    <AdminFrame current="journal" t={t} active={active} structures={structures}>
      <form method="get" action="/admin/journal" aria-label={j.filters} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t.admin.structure}><NativeSelect name="structure" defaultValue={f.structure ? String(f.structure) : ""}>
          <option value="">{j.all}</option>{structures.map((s) => <option key={s.idStructureCPP} value={s.idStructureCPP}>{s.designationStructure}</option>)}
        </NativeSelect></Field>
        <Field label={j.account}><Input name="compte" defaultValue={f.compte ?? ""} /></Field>
        <Field label={j.invoice}><Input name="facture" defaultValue={f.facture ?? ""} /></Field>
        <Field label={j.action}><Input name="action" defaultValue={f.action ?? ""} /></Field>
        <Field label={j.outcome}><NativeSelect name="resultat" defaultValue={f.resultat ?? ""}>
          <option value="">{j.all}</option>{AUDIT_OUTCOMES.map((o) => <option key={o} value={o}>{j.outcomes[o]}</option>)}
        </NativeSelect></Field>
        <Field label={j.from} error={problems.du ? j[problems.du] : undefined}><Input type="date" name="du" defaultValue={f.du ?? ""} /></Field>
        <Field label={j.to} error={problems.au ? j[problems.au] : undefined}><Input type="date" name="au" defaultValue={f.au ?? (problems.au === "endBeforeStart" ? flat.au : "")} /></Field>
        <div className="flex items-end gap-3">
          <Button type="submit">{j.apply}</Button>
          <a className="font-medium text-primary underline" href={auditHref("/api/admin/journal/export", { ...f, page: 1 })} download>{j.export}</a>
        </div>
      </form>
      <p role="status">{format(j.total, { n: total })}</p>
      {rows.length === 0 ? <EmptyState title={j.empty} /> : (
        <section aria-label={j.region} className="flex flex-col gap-4">
          <Table regionLabel={j.region}>
            <TableHeader><TableRow><TableHead>{j.at}</TableHead><TableHead>{j.account}</TableHead><TableHead>{t.admin.structure}</TableHead><TableHead>{j.action}</TableHead><TableHead>{j.subject}</TableHead><TableHead>{j.outcome}</TableHead></TableRow></TableHeader>
            <TableBody>{rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell className="whitespace-nowrap">{r.at.toLocaleString("fr-FR", { timeZone: "Europe/Paris" })}</TableCell>
                <TableCell>{r.accountEmail ?? "—"}</TableCell><TableCell>{name(r.idStructureCPP)}</TableCell><TableCell>{r.action}</TableCell>
                <TableCell>{r.subjectId ? `${r.subjectType ?? ""} ${r.subjectId}` : "—"}</TableCell>
                <TableCell><Badge tone={TONE[r.outcome as keyof typeof TONE] ?? "neutral"}>{j.outcomes[r.outcome as keyof typeof j.outcomes] ?? r.outcome}</Badge></TableCell>
              </TableRow>
            ))}</TableBody>
          </Table>
          <Pagination page={f.page} pageCount={pages} hrefForPage={(n) => auditHref("/admin/journal", f, { page: n })} label={j.pagination} previousLabel={j.previous} nextLabel={j.next} pageLabel={(n) => format(j.page, { n })} />
        </section>
      )}
    </AdminFrame>
  );
}
