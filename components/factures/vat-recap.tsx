import type { FactureDetail } from "@/lib/chorus-pro";
import { formatDecimal, type FormatLocale } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Amount } from "./amount";

type VatLine = NonNullable<FactureDetail["recapitulatifDeTva"]>["ligneTva"][number];

/** One row per VAT rate: taxable base and VAT amount, as Chorus Pro computed them. */
export function VatRecap({ lines, devise, t, locale = "fr" }: { lines: VatLine[]; devise?: string | undefined; t: Messages["factures"]; locale?: FormatLocale }) {
  if (lines.length === 0) return <p className="text-muted-foreground">{t.detail.noVat}</p>;
  const rate = (l: VatLine) => {
    const value = l.ligneTvaTauxRefValeur ?? l.ligneTvaTauxManuel;
    return value !== undefined ? `${formatDecimal(value, locale)} %` : (l.ligneTvaTauxRefLibelle ?? l.ligneTvaTauxRefCode ?? "");
  };
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t.detail.vatRate}</TableHead>
          <TableHead numeric>{t.detail.vatBase}</TableHead>
          <TableHead numeric>{t.detail.vatAmount}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((l, i) => (
          <TableRow key={`${l.ligneTvaTauxRefCode ?? ""}-${i}`}>
            <TableCell>{rate(l)}</TableCell>
            <TableCell numeric><Amount value={l.ligneTvaMontantBaseHtParTaux} devise={devise} locale={locale} /></TableCell>
            <TableCell numeric><Amount value={l.ligneTvaMontantTvaParTaux} devise={devise} locale={locale} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
