import { formatRoundedAmount as formatAmount } from "@/lib/format/amount-exact";
import type { Messages } from "@/lib/i18n";
import type { ChorusTotals } from "@/lib/invoice/totals";
import type { Referentiels } from "@/lib/queries/saisie";

/** Totals and VAT breakdown, recomputed in decimals on every keystroke (lib/invoice computeTotals). */
export function TotalsPanel({ totals, rates, t }: { totals: ChorusTotals | null; rates: Referentiels["tauxTva"]; t: Messages["saisie"] }) {
  if (!totals) return <p className="text-sm text-muted-foreground" role="status">{t.totalsUnavailable}</p>;
  const label = (code: string) => rates.find((r) => r.code === code)?.libelle ?? code;
  const m = totals.montantTotal;
  return (
    <div className="flex flex-col gap-4" aria-live="polite">
      <table className="w-full text-sm">
        <caption className="text-start font-medium">{t.vatBreakdown}</caption>
        <thead>
          <tr><th scope="col" className="text-start">{t.vatRate}</th><th scope="col" className="text-end">{t.vatBase}</th><th scope="col" className="text-end">{t.vatAmount}</th></tr>
        </thead>
        <tbody>
          {totals.ligneTva.map((l) => (
            <tr key={l.ligneTvaTaux}>
              <td>{label(l.ligneTvaTaux)}</td>
              <td className="text-end tabular-nums">{formatAmount(l.ligneTvaMontantBaseHtParTaux)}</td>
              <td className="text-end tabular-nums">{formatAmount(l.ligneTvaMontantTvaParTaux)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm" data-testid="totaux">
        <dt>{t.totalHt}</dt><dd className="text-end tabular-nums">{formatAmount(m.montantHtTotal)}</dd>
        <dt>{t.totalTva}</dt><dd className="text-end tabular-nums">{formatAmount(m.montantTVA)}</dd>
        <dt>{t.totalTtc}</dt><dd className="text-end font-semibold tabular-nums">{formatAmount(m.montantTtcTotal)}</dd>
        <dt>{t.aPayer}</dt><dd className="text-end font-semibold tabular-nums">{formatAmount(m.montantAPayer)}</dd>
      </dl>
    </div>
  );
}
