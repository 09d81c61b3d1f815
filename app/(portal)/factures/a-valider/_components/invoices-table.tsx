import Link from "next/link";
import { Amount } from "@/components/factures/amount";
import { StatusBadge } from "@/components/factures/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableSortHead } from "@/components/ui/table";
import type { FactureAValider, Pagination } from "@/lib/chorus-pro";
import { formatDate, type FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { listHref, nextSortDir, type ListState, type SortKey } from "@/lib/validations/factures-a-valider-search";

type Props = { items: FactureAValider[]; pagination: Pagination; state: ListState; base: string; structureName: string; t: Messages; locale: FormatLocale };

/** One page of invoices awaiting (or past) the validator's decision. */
export function InvoicesTable({ items, pagination, state, base, structureName, t, locale }: Props) {
  const c = t.aValider.columns;
  const sortHead = (key: SortKey, label: string, numeric = false) => (
    <TableSortHead
      numeric={numeric}
      sort={state.sort === key ? (state.dir === "asc" ? "ascending" : "descending") : "none"}
      href={listHref(base, state, { sort: key, dir: nextSortDir(state, key), page: 1 })}
    >
      {label}
    </TableSortHead>
  );
  return (
    <Table regionLabel={t.aValider.list.region}>
      <TableCaption>
        {format(t.aValider.list.caption, { structure: structureName, total: pagination.total, page: pagination.pageCourante, pages: Math.max(1, pagination.pages) })}
      </TableCaption>
      <TableHeader>
        <TableRow>
          {sortHead("numero", c.numero)}
          {sortHead("fournisseur", c.fournisseur)}
          <TableHead>{c.destinataire}</TableHead>
          {sortHead("dateFacture", c.dateFacture)}
          {sortHead("dateDepot", c.dateDepot)}
          {sortHead("montantHT", c.montantHT, true)}
          {sortHead("montantTTC", c.montantTTC, true)}
          {sortHead("statut", c.statut)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((f) => (
          <TableRow key={f.idFacture}>
            <TableCell>
              <Link href={`${base}/${f.idFacture}`} className="font-medium text-primary underline underline-offset-4 hover:no-underline">
                {f.numeroFacture ?? t.aValider.list.noNumber}
              </Link>
            </TableCell>
            <TableCell>{f.designationFournisseur ?? f.identifiantFournisseur ?? "—"}</TableCell>
            <TableCell>{f.designationDestinataire ?? f.identifiantDestinataire ?? "—"}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(f.dateFacture, locale)}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(f.dateDepot, locale)}</TableCell>
            <TableCell numeric><Amount value={f.montantHT} devise={f.devise} locale={locale} /></TableCell>
            <TableCell numeric><Amount value={f.montantTTC} devise={f.devise} locale={locale} /></TableCell>
            <TableCell><StatusBadge statut={f.statut} t={t.factures} locale={locale} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
