import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { AdminFrame } from "./_components/admin-frame";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["admin"] };
}

export default async function Page() {
  const { active, structures } = await requireSpace("admin");
  const t = await getMessages();
  const a = t.admin;
  const links = [["comptes", "/admin/comptes"], ["techniques", "/admin/comptes-techniques"], ["journal", "/admin/journal"], ["sante", "/admin/sante"]] as const;
  return (
    <AdminFrame current="accueil" t={t} active={active} structures={structures}>
      <p>{format(a.scope, { list: structures.map((s) => s.designationStructure).join(", ") })}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {links.map(([k, href]) => (
          <Card key={k}><CardHeader><CardTitle as="h2"><Link className="text-primary underline" href={href}>{a.tabs[k]}</Link></CardTitle></CardHeader><CardContent /></Card>
        ))}
      </div>
    </AdminFrame>
  );
}
