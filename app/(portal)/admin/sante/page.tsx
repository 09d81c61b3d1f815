import type { Metadata } from "next";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DefinitionList } from "@/components/factures/definition-list";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { outboxBacklog } from "@/lib/admin/outbox-health";
import { requireSpace } from "@/lib/auth/guards";
import { getGatewayMetrics } from "@/lib/chorus-pro";
import { formatDate } from "@/lib/format";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { ActionForm } from "../_components/action-form";
import { AdminFrame } from "../_components/admin-frame";
import { retryOutboxAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.tabs.sante };
}

export const dynamic = "force-dynamic";

export default async function Page() {
  const { active, structures } = await requireSpace("admin");
  const t = await getMessages();
  const h = t.admin.health;
  const m = getGatewayMetrics();
  const { byStatus, failed } = await outboxBacklog(structures.map((s) => s.idStructureCPP));
  const errors = Object.entries(m.errorsByKind).sort((a, b) => b[1] - a[1]);
  const name = (id: number) => structures.find((s) => s.idStructureCPP === id)?.designationStructure ?? String(id);
  // Codes become words; a code added since keeps its raw name rather than disappearing.
  const kindOf = (k: string) => (h.errorKinds as Record<string, string>)[k] ?? k;
  const operationOf = (k: string) => (h.operations as Record<string, string>)[k] ?? k;
  return (
    <AdminFrame current="sante" t={t} active={active} structures={structures}>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card><CardHeader><CardTitle as="h2">{format(h.gateway, { since: formatDate(m.since) })}</CardTitle></CardHeader><CardContent>
          <DefinitionList items={[
            { label: h.calls, value: String(m.calls) }, { label: h.retries, value: String(m.retries) },
            { label: h.tokenRenewals, value: String(m.tokenRenewals) }, { label: h.tokenFailures, value: String(m.tokenFailures) },
          ]} />
        </CardContent></Card>
        <Card><CardHeader><CardTitle as="h2">{h.errors}</CardTitle></CardHeader><CardContent>
          {errors.length === 0 ? <p>{h.noErrors}</p> : <DefinitionList items={errors.map(([k, n]) => ({ label: kindOf(k), value: String(n) }))} />}
        </CardContent></Card>
        <Card><CardHeader><CardTitle as="h2">{h.outbox}</CardTitle></CardHeader><CardContent>
          <DefinitionList items={(["pending", "sending", "uncertain", "failed", "sent"] as const).map((s) => ({ label: h.statuses[s], value: String(byStatus[s] ?? 0) }))} />
        </CardContent></Card>
      </div>
      <section aria-labelledby="failed-writes" className="flex flex-col gap-3">
        <h2 id="failed-writes" className="text-lg font-bold">{h.failed}</h2>
        {failed.length === 0 ? <p>{h.noFailed}</p> : (
          <Table regionLabel={h.failed}>
            <TableHeader><TableRow><TableHead>{t.admin.structure}</TableHead><TableHead>{h.kind}</TableHead><TableHead>{h.error}</TableHead><TableHead>{h.attempts}</TableHead><TableHead>{h.retry}</TableHead></TableRow></TableHeader>
            <TableBody>{failed.map((f) => {
              const err = f.lastError as { userMessage?: string } | null;
              return (
                <TableRow key={f.id}>
                  <TableCell>{name(f.idStructureCPP)}</TableCell><TableCell>{operationOf(f.kind)}{f.subjectId ? ` (${f.subjectId})` : ""}</TableCell>
                  <TableCell>{err?.userMessage ?? "—"}</TableCell><TableCell>{f.attempts}</TableCell>
                  <TableCell><ActionForm action={retryOutboxAction} hidden={{ idStructureCPP: f.idStructureCPP, id: f.id }} variant="secondary" submit={h.retry} success={h.retried} refresh={false} label={format(h.retryLabel, { operation: `${operationOf(f.kind)}${f.subjectId ? ` (${f.subjectId})` : ""}` })} fields={[]} /></TableCell>
                </TableRow>
              );
            })}</TableBody>
          </Table>
        )}
      </section>
    </AdminFrame>
  );
}
