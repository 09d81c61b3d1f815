import type { Metadata } from "next";
import { requireSpace } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["admin"] };
}

export default async function Page() {
  const { active } = await requireSpace("admin");
  const t = await getMessages();
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="admin" t={t} active={active} />
      <p className="rounded-md border border-dashed border-border p-6 text-muted-foreground">{t.states.empty}</p>
    </div>
  );
}
