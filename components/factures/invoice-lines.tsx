import type { FactureDetail } from "@/lib/chorus-pro";
import { formatDecimal, type FormatLocale } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Amount } from "./amount";

type Line = NonNullable<FactureDetail["lignesDePoste"]>["lignePoste"][number];

/** The invoice lines as Chorus Pro returns them (amounts already computed upstream). */
export function InvoiceLines({ lines, devise, t, locale = "fr" }: { lines: Line[]; devise?: string | undefined; t: Messages["factures"]; locale?: FormatLocale }) {
  if (lines.length === 0) return <p className="text-muted-foreground">{t.detail.noLines}</p>;
  return (
    <Table regionLabel={t.detail.lines}>
      <TableHeader>
        <TableRow>
          <TableHead>{t.detail.lineNumber}</TableHead>
          <TableHead>{t.detail.lineReference}</TableHead>
          <TableHead>{t.detail.lineLabel}</TableHead>
          <TableHead numeric>{t.detail.lineQuantity}</TableHead>
          <TableHead>{t.detail.lineUnit}</TableHead>
          <TableHead numeric>{t.detail.lineUnitPrice}</TableHead>
          <TableHead numeric>{t.detail.lineDiscount}</TableHead>
          <TableHead>{t.detail.lineVatRate}</TableHead>
          <TableHead numeric>{t.detail.lineTotal}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((l, i) => (
          <TableRow key={`${l.lignePosteNumero ?? i}-${i}`}>
            <TableCell>{l.lignePosteNumero ?? i + 1}</TableCell>
            <TableCell>{l.lignePosteReference ?? ""}</TableCell>
            <TableCell>{l.lignePosteDenomination ?? ""}</TableCell>
            <TableCell numeric>{l.lignePosteQuantite !== undefined ? formatDecimal(l.lignePosteQuantite, locale) : ""}</TableCell>
            <TableCell>{l.lignePosteUniteLibelle ?? l.lignePosteUniteCode ?? ""}</TableCell>
            <TableCell numeric><Amount value={l.lignePosteMontantUnitaireHT} devise={devise} locale={locale} /></TableCell>
            <TableCell numeric>{l.lignePosteMontantRemiseHT !== undefined ? <Amount value={l.lignePosteMontantRemiseHT} devise={devise} locale={locale} /> : ""}</TableCell>
            <TableCell>{l.lignePosteTauxTva ?? (l.lignePosteTauxTvaManuel !== undefined ? `${formatDecimal(l.lignePosteTauxTvaManuel, locale)} %` : "")}</TableCell>
            <TableCell numeric><Amount value={l.lignePosteMontantHtApresRemise} devise={devise} locale={locale} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
