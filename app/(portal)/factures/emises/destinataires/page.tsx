import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireSpace } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { LookupPanel } from "./_components/lookup-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).saisie.lookupTitle };
}

const searchSchema = z.object({ q: z.string().max(100).catch("") });

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { active } = await requireSpace("emises");
  const t = await getMessages();
  const { q } = searchSchema.parse({ q: (await searchParams).q ?? "" });
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t.saisie.lookupTitle}</h1>
        <p className="text-muted-foreground">{t.saisie.lookupIntro}</p>
        <p className="text-sm">{t.nav.structure} : <span className="font-medium">{active.designationStructure}</span></p>
      </header>
      <LookupPanel structure={active.idStructureCPP} t={t.saisie} initialQuery={q} />
      <p><Link className="text-primary underline" href="/factures/emises/nouvelle">{t.saisie.newInvoiceLink}</Link></p>
    </div>
  );
}
