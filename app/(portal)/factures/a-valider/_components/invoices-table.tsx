import { Amount } from "@/components/factures/amount";
import { StatusBadge } from "@/components/factures/status-badge";
import { InvoiceLink, ListCaption, sortHeadFor } from "@/components/factures/list-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FactureAValider, Pagination } from "@/lib/chorus-pro";
import { formatDate, type FormatLocale } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import { listHref, nextSortDir, type ListState, type SortKey } from "@/lib/validations/factures-a-valider-search";

type Props = { items: FactureAValider[]; pagination: Pagination; state: ListState; base: string; structureName: string; t: Messages; locale: FormatLocale };

/** One page of invoices awaiting (or past) the validator's decision. */
export function InvoicesTable({ items, pagination, state, base, structureName, t, locale }: Props) {
  const c = t.aValider.columns;
  const sortHead = sortHeadFor<SortKey>(state, (key) => listHref(base, state, { sort: key, dir: nextSortDir(state, key), page: 1 }));
  return (
    <Table regionLabel={t.aValider.list.region}>
      <ListCaption template={t.aValider.list.caption} structure={structureName} pagination={pagination} />
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
              <InvoiceLink href={`${base}/${f.idFacture}`}>
                {f.numeroFacture ?? t.aValider.list.noNumber}
              </InvoiceLink>
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
