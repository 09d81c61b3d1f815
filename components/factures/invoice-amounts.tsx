import type { FactureDetail } from "@/lib/chorus-pro";
import type { FormatLocale } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import { Amount } from "./amount";
import { DefinitionList } from "./definition-list";

/** The invoice totals: HT, TVA, TTC, overall discount and the amount due. */
export function InvoiceAmounts({ facture, t, locale = "fr" }: { facture: FactureDetail; t: Messages["factures"]; locale?: FormatLocale }) {
  const m = facture.montantTotal;
  const devise = facture.references?.codeDeviseFacture;
  const a = (v: string | undefined) => (v === undefined ? undefined : <Amount value={v} devise={devise} locale={locale} />);
  const remise = m?.montantRemiseGlobaleTTC && m.montantRemiseGlobaleTTC !== "0" ? m.montantRemiseGlobaleTTC : undefined;
  return (
    <DefinitionList
      items={[
        { label: t.detail.montantHT, value: a(m?.montantHtTotal) },
        { label: t.detail.montantTVA, value: a(m?.montantTVA) },
        { label: t.detail.montantTTC, value: a(m?.montantTtcTotal ?? m?.montantTtcAvantRemiseGlobalTTC) },
        { label: t.detail.remise, value: remise ? <>{a(remise)}{m?.motifRemiseGlobaleTTC ? ` (${m.motifRemiseGlobaleTTC})` : ""}</> : undefined },
        { label: t.detail.montantAPayer, value: m?.montantAPayer !== undefined ? <strong>{a(m.montantAPayer)}</strong> : undefined },
      ]}
    />
  );
}
