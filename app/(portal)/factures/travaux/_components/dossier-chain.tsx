import Link from "next/link";
import { StatusBadge } from "@/components/factures/status-badge";
import type { DossierFacturation } from "@/lib/chorus-pro";
import { formatAmount, formatDate } from "@/lib/format";
import type { Messages } from "@/lib/i18n";

type Props = {
  dossier: DossierFacturation; currentId?: number; role?: string | undefined; t: Messages;
  /** Download links per piece (the billing-file page), for the structure the person acts for. */
  downloadsFor?: number | undefined;
};

/** The chain of pieces of a billing file, in order, the current one marked. */
export function DossierChain({ dossier, currentId, role, t, downloadsFor }: Props) {
  const q = role ? `?role=${role}` : "";
  return (
    <ol aria-label={t.travaux.dossier.pieces} className="flex flex-col gap-2">
      {dossier.listePieces.map((p, i) => (
        <li key={p.idFactureTravaux} aria-current={p.idFactureTravaux === currentId ? "step" : undefined}
          className="flex flex-wrap items-center gap-3 rounded-md border border-border p-3 aria-[current=step]:border-primary">
          <span className="font-semibold">{i + 1}.</span>
          <Link href={`/factures/travaux/${p.idFactureTravaux}${q}`} className="font-medium text-primary underline underline-offset-4 hover:no-underline">
            {p.numeroFactureTravaux ?? p.idFactureTravaux}
          </Link>
          <span>{p.cadreFacturation ? t.travaux.cadres[p.cadreFacturation] ?? p.cadreFacturation : ""}</span>
          <StatusBadge statut={p.statutFactureTravaux} t={t.factures} />
          {p.deposant?.designationStructure ? <span className="text-sm text-muted-foreground">{t.travaux.dossier.depositor} : {p.deposant.designationStructure}</span> : null}
          {p.dateDepot ? <span className="text-sm">{formatDate(p.dateDepot)}</span> : null}
          {p.montantTTC ? <span className="ms-auto tabular-nums">{formatAmount(p.montantTTC)}</span> : null}
          {p.idFactureTravaux === currentId ? <span className="sr-only">({t.travaux.detail.current})</span> : null}
          {downloadsFor !== undefined ? <PieceDownloadLinks id={p.idFactureTravaux} numero={p.numeroFactureTravaux ?? String(p.idFactureTravaux)} structure={downloadsFor} t={t} /> : null}
        </li>
      ))}
    </ol>
  );
}

function PieceDownloadLinks({ id, numero, structure, t }: { id: number; numero: string; structure: number; t: Messages }) {
  const api = `/api/factures/travaux/${id}/telecharger?structure=${structure}`;
  // The visible text is short; the accessible name says which piece (several rows carry the same links).
  return (
    <span className="flex gap-3 text-sm">
      <a href={api} download aria-label={`${t.factures.downloads.one} : ${numero}`} className="text-primary underline underline-offset-4">PDF</a>
      <a href={`${api}&pj=1`} download aria-label={`${t.factures.downloads.withAttachments} : ${numero}`} className="text-primary underline underline-offset-4">ZIP</a>
    </span>
  );
}
