import type { Metadata } from "next";
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).depot.title };
}

export default async function Page() {
  await requireSpace("emises");
  const t = (await getMessages()).depot;
  const choices = [
    { href: "/factures/emises/deposer/pdf", title: t.choosePdf, hint: t.choosePdfHint },
    { href: "/factures/emises/deposer/flux", title: t.chooseFlux, hint: t.chooseFluxHint },
  ];
  return (
    <div className="flex flex-col gap-6">
      <Link href="/factures/emises" className="text-primary underline">{t.back}</Link>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {choices.map((c) => (
          <li key={c.href}>
            <Card>
              <CardHeader>
                <CardTitle><Link href={c.href} className="text-primary underline">{c.title}</Link></CardTitle>
                <CardDescription>{c.hint}</CardDescription>
              </CardHeader>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
