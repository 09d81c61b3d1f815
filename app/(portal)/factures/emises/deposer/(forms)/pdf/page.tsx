import type { Metadata } from "next";
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { PdfDepositForm } from "../../_components/pdf-deposit-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).depot.pdf.title };
}

export default async function Page() {
  const { active } = await requireSpace("emises");
  const t = (await getMessages()).depot;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/factures/emises/deposer" className="text-primary underline">{t.title}</Link>
      <h1 className="text-2xl font-bold">{t.pdf.title}</h1>
      <PdfDepositForm idStructureCPP={active.idStructureCPP} t={t} />
    </div>
  );
}
