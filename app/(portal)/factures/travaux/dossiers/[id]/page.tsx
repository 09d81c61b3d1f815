import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DefinitionList } from "@/components/factures/definition-list";
import { StatusBadge } from "@/components/factures/status-badge";
import { Alert } from "@/components/ui/alert";
import { requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { DossierChain } from "../../_components/dossier-chain";
import { PartiesList } from "../../_components/parties-list";
import { loadDossier } from "../../_components/piece-data";
import { TravauxHistory } from "../../_components/travaux-history";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: format((await getMessages()).travaux.dossier.heading, { id: (await params).id }) };
}

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ role?: string }> }) {
  const { active } = await requireSpace("travaux");
  const [{ id: raw }, { role }, t] = await Promise.all([params, searchParams, getMessages()]);
  if (!/^\d{1,15}$/.test(raw)) notFound();
  const dossier = await loadDossier(active, Number(raw));
  const d = t.travaux.dossier;
  const roleQ = role && /^[A-Z]+$/.test(role) ? role : undefined;
  const numero = new Map(dossier.listePieces.map((p) => [p.idFactureTravaux, p.numeroFactureTravaux]));
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/factures/travaux${roleQ ? `?role=${roleQ}` : ""}`} className="text-primary underline underline-offset-4">{t.travaux.detail.back}</Link>
      <h1 className="text-2xl font-bold">{format(d.heading, { id: String(dossier.idDossierFacturation) })}</h1>
      <DefinitionList items={[
        { label: d.cycle, value: dossier.cycle ? d[dossier.cycle] : undefined },
        { label: t.travaux.detail.marche, value: dossier.numeroMarche },
        { label: d.statut, value: <StatusBadge statut={dossier.statutDossier} t={t.factures} /> },
      ]} />
      <section aria-labelledby="anomalies-title" className="flex flex-col gap-2">
        <h2 id="anomalies-title" className="text-lg font-bold">{d.anomalies}</h2>
        {dossier.anomalies.length === 0 ? <p>{d.noAnomaly}</p> : dossier.anomalies.map((a, i) => (
          <Alert key={i} tone="danger" live="none">
            <Link href={`/factures/travaux/${a.idFactureTravaux}${roleQ ? `?role=${roleQ}` : ""}`} className="font-medium underline">{a.numeroFactureTravaux ?? a.idFactureTravaux}</Link> : {a.libelleAnomalie}
          </Alert>
        ))}
      </section>
      <section aria-labelledby="pieces-title" className="flex flex-col gap-3">
        <h2 id="pieces-title" className="text-lg font-bold">{d.pieces}</h2>
        <DossierChain dossier={dossier} role={roleQ} t={t} downloadsFor={active.idStructureCPP} />
      </section>
      <section aria-labelledby="parties-title" className="flex flex-col gap-3">
        <h2 id="parties-title" className="text-lg font-bold">{t.travaux.detail.parties}</h2>
        <PartiesList parties={dossier} t={t.travaux.detail} />
      </section>
      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="text-lg font-bold">{t.travaux.detail.history}</h2>
        <TravauxHistory t={t} entries={dossier.historique.map((h) => ({ at: h.dateHeure, statut: h.statut, libelle: h.libelle, piece: h.idFactureTravaux ? numero.get(h.idFactureTravaux) ?? String(h.idFactureTravaux) : undefined }))} />
      </section>
    </div>
  );
}
