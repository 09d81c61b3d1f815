import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { canActOn, requireSpace } from "@/lib/auth/guards";
import { formatAmount, formatDate } from "@/lib/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { loadMotifs, type Motif } from "../_lib/detail-data";
import { loadQueue } from "../_lib/list-data";
import type { ReviewItem } from "./_components/review-item";
import { ReviewQueue } from "./_components/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).aValider.review.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, active } = await requireSpace("a-valider");
  const [t, locale, sp] = await Promise.all([getMessages(), getLocale(), searchParams]);
  // ?id= starts the queue on that invoice (the detail page links here); unknown ids start at the first.
  const startId = typeof sp.id === "string" && /^\d{1,15}$/.test(sp.id) ? Number(sp.id) : undefined;
  const rattachement = canActOn(user, active.idStructureCPP, ["valideur"]) ?? active;
  const queue = await loadQueue(rattachement, t);
  const r = t.aValider.review;
  let items: ReviewItem[] = [];
  let motifs: Motif[] = [];
  if (queue.ok) {
    // The search answer carries no cadre: the queue reads the motifs list once, for every cadre.
    motifs = await loadMotifs(rattachement, undefined);
    items = queue.items.map((f) => ({
      id: f.idFacture,
      numero: f.numeroFacture ?? t.aValider.list.noNumber,
      fournisseur: f.designationFournisseur ?? f.identifiantFournisseur ?? "—",
      destinataire: f.designationDestinataire ?? f.identifiantDestinataire ?? "—",
      dateFacture: formatDate(f.dateFacture, locale) || "—",
      dateDepot: formatDate(f.dateDepot, locale) || "—",
      montantHT: f.montantHT ? formatAmount(f.montantHT, f.devise || "EUR", locale) : "—",
      montantTTC: f.montantTTC ? formatAmount(f.montantTTC, f.devise || "EUR", locale) : "—",
      statut: f.statut ? t.factures.statuts[f.statut] : "—",
    }));
  }
  return (
    <div className="flex flex-col gap-6">
      <Link href="/factures/a-valider" className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline">
        <ArrowLeft aria-hidden="true" className="size-4" />{r.backToList}
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{r.title}</h1>
        <p className="text-muted-foreground">{r.intro}</p>
      </header>
      {!queue.ok ? <Alert tone="danger" title={t.states.unavailableTitle}>{queue.message}</Alert>
        : items.length === 0 ? <p>{r.empty}</p>
        : <ReviewQueue initialIndex={Math.max(0, items.findIndex((i) => i.id === startId))} items={items} motifs={motifs} idStructureCPP={rattachement.idStructureCPP} t={t.aValider} />}
    </div>
  );
}
