import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DefinitionList } from "@/components/factures/definition-list";
import { DetailDownloads } from "@/components/factures/invoice-detail";
import { SectionSkeleton } from "@/components/factures/list-skeleton";
import { StatusBadge } from "@/components/factures/status-badge";
import { Alert } from "@/components/ui/alert";
import type { Rattachement } from "@/lib/auth/current-user";
import { requireSpace } from "@/lib/auth/guards";
import { formatAmount, formatDate } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { allowedActions, awaitedParty, type TravauxAction } from "@/lib/travaux/rules";
import { pieceState } from "../actions/guard";
import { DossierChain } from "../_components/dossier-chain";
import { PartiesList } from "../_components/parties-list";
import { PieceActions } from "../_components/piece-actions";
import { loadMotifs, loadPiece } from "../_components/piece-data";
import { TravauxHistory } from "../_components/travaux-history";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: format((await getMessages()).travaux.detail.heading, { numero: (await params).id }) };
}

type ActionsProps = { rattachement: Rattachement; cadre: string | undefined; idFactureTravaux: number; actions: TravauxAction[]; role: string | undefined; t: Messages["travaux"]["actions"] };

/** The actions, with the cadre's refusal motifs when a refusal is offered: streamed after the piece itself. */
async function ActionsWithMotifs({ rattachement, cadre, ...rest }: ActionsProps) {
  const motifs = rest.actions.includes("refuser") ? await loadMotifs(rattachement, cadre) : [];
  return <PieceActions {...rest} idStructureCPP={rattachement.idStructureCPP} motifs={motifs} />;
}

// The piece is read before any Suspense boundary: notFound() (unknown or foreign id) answers HTTP 404.
export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ role?: string }> }) {
  const { active } = await requireSpace("travaux");
  const [{ id: raw }, { role }, t] = await Promise.all([params, searchParams, getMessages()]);
  const id = Number(raw);
  if (!/^\d{1,15}$/.test(raw) || !Number.isSafeInteger(id)) notFound();
  const { piece, dossier } = await loadPiece(active, id);
  const d = t.travaux.detail;
  const state = pieceState(piece);
  const actions = allowedActions(state, { idStructureCPP: active.idStructureCPP, roles: active.roles });
  const who = awaitedParty(state);
  const amt = (v: string | undefined) => (v ? formatAmount(v) : undefined);
  const roleQ = role && /^[A-Z]+$/.test(role) ? role : undefined;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/factures/travaux${roleQ ? `?role=${roleQ}` : ""}`} className="text-primary underline underline-offset-4">{d.back}</Link>
      <header className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{format(d.heading, { numero: piece.numeroFactureTravaux ?? String(id) })}</h1>
        <StatusBadge statut={piece.statutFactureTravaux} since={piece.dateHeureEtatCourant} commentaire={piece.commentaireEtatCourant} t={t.factures} />
        <DetailDownloads api={`/api/factures/travaux/${id}`} query={`structure=${active.idStructureCPP}`} one={t.factures.downloads.one} withAttachments={t.factures.downloads.withAttachments} />
      </header>
      {piece.anomalie ? (
        <Alert tone="danger" title={d.anomaly} live="none">
          <p>{piece.anomalie}</p>
          {who ? <p>{actions.length ? `${d.anomalyFix} ${actions.map((a) => t.travaux.steps[a]).join(", ")}.` : format(d.anomalyNotYours, { who: t.travaux.awaited[who] })}</p> : null}
        </Alert>
      ) : null}
      <p>{who ? format(d.awaiting, { who: t.travaux.awaited[who] }) : d.finished} {who === "DESTINATAIRE" ? d.recipientSpace : ""}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="piece-title" className="flex flex-col gap-3">
          <h2 id="piece-title" className="text-lg font-bold">{d.piece}</h2>
          <DefinitionList items={[
            { label: d.cadre, value: piece.cadreFacturation ? t.travaux.cadres[piece.cadreFacturation] ?? piece.cadreFacturation : undefined },
            { label: d.type, value: piece.typeFactureTravaux ? (t.travaux.types as Record<string, string>)[piece.typeFactureTravaux] : undefined },
            { label: d.dateFacture, value: piece.dateFactureTravaux ? formatDate(piece.dateFactureTravaux) : undefined },
            { label: d.dateDepot, value: piece.dateDepot ? formatDate(piece.dateDepot) : undefined },
            { label: d.marche, value: piece.numeroMarche }, { label: d.bonCommande, value: piece.numeroBonCommande },
            { label: d.ht, value: amt(piece.montantHT) }, { label: d.tva, value: amt(piece.montantTVA) },
            { label: d.ttc, value: amt(piece.montantTTC) }, { label: d.aPayer, value: amt(piece.montantAPayer) },
          ]} />
        </section>
        <section aria-labelledby="parties-title" className="flex flex-col gap-3">
          <h2 id="parties-title" className="text-lg font-bold">{d.parties}</h2>
          <PartiesList parties={{ ...piece, sousTraitant: dossier?.sousTraitant }} t={d} />
        </section>
      </div>
      <section aria-labelledby="actions-title" className="flex flex-col gap-3">
        <h2 id="actions-title" className="text-lg font-bold">{t.travaux.actions.title}</h2>
        {/* Always the same tree: after an action the refresh keeps PieceActions mounted, and its outcome. */}
        <Suspense fallback={<SectionSkeleton label={t.states.loading} />}>
          <ActionsWithMotifs rattachement={active} cadre={piece.cadreFacturation} idFactureTravaux={id} actions={actions} role={roleQ} t={t.travaux.actions} />
        </Suspense>
      </section>
      {dossier ? (
        <section aria-labelledby="chain-title" className="flex flex-col gap-3">
          <h2 id="chain-title" className="text-lg font-bold">{d.chain}</h2>
          <DossierChain dossier={dossier} currentId={id} role={roleQ} t={t} />
          <Link href={`/factures/travaux/dossiers/${dossier.idDossierFacturation}${roleQ ? `?role=${roleQ}` : ""}`} className="text-primary underline underline-offset-4">{d.openFile}</Link>
        </section>
      ) : null}
      {piece.listePiecesJointesComplementaires.length ? (
        <section aria-labelledby="pj-title"><h2 id="pj-title" className="text-lg font-bold">{d.attachments}</h2>
          <ul className="list-disc ps-6">{piece.listePiecesJointesComplementaires.map((p, i) => <li key={p.idPieceJointe ?? i}>{p.designation ?? p.idPieceJointe}</li>)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="text-lg font-bold">{d.history}</h2>
        <TravauxHistory t={t} entries={[
          ...piece.historiqueStatuts.map((h) => ({ at: h.dateHeure, statut: h.statut, libelle: h.commentaire })),
          ...piece.historiqueEvenements.map((h) => ({ at: h.dateHeure, libelle: h.libelle, auteur: h.auteur })),
        ]} />
      </section>
    </div>
  );
}
