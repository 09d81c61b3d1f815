import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DefinitionList } from "@/components/factures/definition-list";
import { daysUntil, listTechnicalAccounts } from "@/lib/admin/technical-accounts";
import { requireSpace } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { ActionForm } from "../_components/action-form";
import { AdminFrame } from "../_components/admin-frame";
import { saveTechnicalAccountAction, testTechnicalAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.tabs.techniques };
}

export default async function Page() {
  const { active, structures } = await requireSpace("admin");
  const t = await getMessages();
  const a = t.admin.technical;
  const list = await listTechnicalAccounts(structures.map((s) => s.idStructureCPP));
  return (
    <AdminFrame current="techniques" t={t} active={active} structures={structures}>
      <section aria-label={a.region} className="grid gap-6 lg:grid-cols-2">
        {structures.map((s) => {
          const ta = list.find((x) => x.idStructureCPP === s.idStructureCPP);
          const days = daysUntil(ta?.passwordExpiresAt ?? null);
          return (
            <Card key={s.idStructureCPP}>
              <CardHeader><CardTitle as="h2">{s.designationStructure}</CardTitle></CardHeader>
              <CardContent className="flex flex-col gap-4">
                {!ta ? <p>{a.none}</p> : (
                  <DefinitionList items={[
                    { label: a.current, value: ta.login },
                    { label: a.expires, value: ta.passwordExpiresAt ? <span>{formatDate(ta.passwordExpiresAt)} {days !== null && days <= 30 ? <Badge tone="warning">{days < 0 ? a.ko : `J-${days}`}</Badge> : null}</span> : "—" },
                    { label: a.lastCheck, value: ta.lastCheckAt ? <span>{formatDate(ta.lastCheckAt)} <Badge tone={ta.lastCheckOk ? "success" : "danger"}>{ta.lastCheckOk ? a.ok : a.ko}</Badge></span> : a.never },
                    { label: a.flagged, value: ta.lastAuthFailureAt ? format(t.admin.authFailure, { date: formatDate(ta.lastAuthFailureAt) }) : null },
                  ]} />
                )}
                <ActionForm action={saveTechnicalAccountAction} hidden={{ idStructureCPP: s.idStructureCPP }} submit={a.save} success={a.saved} label={`${a.save} — ${s.designationStructure}`} fields={[
                  { name: "login", label: a.login, hint: a.loginHelp, type: "text", required: true },
                  { name: "password", label: a.password, hint: a.passwordHelp, type: "password", required: true, autoComplete: "new-password" },
                ]} />
                {ta ? <ActionForm action={testTechnicalAccountAction} hidden={{ idStructureCPP: s.idStructureCPP }} variant="secondary" submit={a.test} success={a.testOk} label={`${a.test} — ${s.designationStructure}`} fields={[]} /> : null}
              </CardContent>
            </Card>
          );
        })}
      </section>
    </AdminFrame>
  );
}
