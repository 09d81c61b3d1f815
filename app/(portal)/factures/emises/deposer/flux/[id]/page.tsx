import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { AutoRefresh } from "../../_components/auto-refresh";
import { DepositReportView } from "../../_components/deposit-report-view";
import { loadDeposit } from "../../_lib/deposit-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).depot.report.title };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { user } = await requireSpace("emises");
  const t = (await getMessages()).depot;
  const view = await loadDeposit(user, (await params).id);
  if (!view) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/factures/emises" className="text-primary underline">{t.back}</Link>
      <h1 className="text-2xl font-bold">{t.report.title}</h1>
      <DepositReportView view={view} t={t.report} />
      <AutoRefresh active={!view.final && view.outbox?.status !== "failed"} />
      <p><Link href="/factures/emises/deposer/flux" className="text-primary underline">{t.report.newDeposit}</Link></p>
    </div>
  );
}
