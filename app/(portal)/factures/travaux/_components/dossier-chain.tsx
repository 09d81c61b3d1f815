import Link from "next/link";
import { StatusBadge } from "@/components/factures/status-badge";
import type { DossierFacturation } from "@/lib/chorus-pro";
import { formatAmount, formatDate } from "@/lib/format";
import type { Messages } from "@/lib/i18n";

/** The chain of pieces of a billing file, in order, the current one marked. */
export function DossierChain({ dossier, currentId, role, t }: { dossier: DossierFacturation; currentId?: number; role?: string | undefined; t: Messages }) {
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
        </li>
      ))}
    </ol>
  );
}
