import { Amount } from "@/components/factures/amount";
import { StatusBadge } from "@/components/factures/status-badge";
import { InvoiceLink, ListCaption, sortHeadFor } from "@/components/factures/list-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FactureRecue, Pagination } from "@/lib/chorus-pro";
import { formatDate, type FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { listHref, nextSortDir, type ListState, type SortKey } from "@/lib/validations/factures-recues-search";
import { RECUES_SELECTION_FORM } from "./selection-form-id";

interface Props { items: FactureRecue[]; pagination: Pagination; state: ListState; base: string; structureName: string; t: Messages; locale: FormatLocale }

/** One page of received invoices; each row's checkbox (with its status) feeds the selection panel. */
export function InvoicesTable({ items, pagination, state, base, structureName, t, locale }: Props) {
  const c = t.factures.columns;
  const r = t.recues.list;
  const sortHead = sortHeadFor<SortKey>(state, (key) => listHref(base, state, { sort: key, dir: nextSortDir(state, key), page: 1 }));
  return (
    <Table regionLabel={r.region}>
      <ListCaption template={r.caption} structure={structureName} pagination={pagination} />
      <TableHeader>
        <TableRow>
          <TableHead className="w-10"><span className="sr-only">{c.select}</span></TableHead>
          {sortHead("numero", c.numero)}
          {sortHead("fournisseur", r.fournisseur)}
          {sortHead("service", r.service)}
          {sortHead("dateDepot", c.dateDepot)}
          {sortHead("montantTTC", c.montantTTC, true)}
          {sortHead("montantAPayer", r.montantAPayer, true)}
          {sortHead("statut", c.statut)}
          <TableHead>{r.telechargee}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((f) => {
          const numero = f.numeroFacture ?? t.factures.list.noNumber;
          return (
            <TableRow key={f.idFacture}>
              <TableCell>
                <input type="checkbox" name="id" value={f.idFacture} form={RECUES_SELECTION_FORM} data-statut={f.statut ?? ""} data-numero={numero}
                  aria-label={format(t.factures.list.selectInvoice, { numero })} className="size-5 accent-primary" />
              </TableCell>
              <TableCell>
                <InvoiceLink href={`${base}/${f.idFacture}`}>{numero}</InvoiceLink>
              </TableCell>
              <TableCell>
                <span className="flex flex-col">
                  <span>{f.designationFournisseur ?? "—"}</span>
                  {f.codeFournisseur ? <span className="text-sm text-muted-foreground">{f.codeFournisseur}</span> : null}
                </span>
              </TableCell>
              <TableCell>{f.nomServiceExecutant ?? f.codeServiceExecutant ?? "—"}</TableCell>
              <TableCell className="whitespace-nowrap">{formatDate(f.dateDepot, locale)}</TableCell>
              <TableCell numeric><Amount value={f.montantTTC} devise={f.devise} locale={locale} /></TableCell>
              <TableCell numeric><Amount value={f.montantAPayer} devise={f.devise} locale={locale} /></TableCell>
              <TableCell>
                <StatusBadge statut={f.statut} since={f.dateHeureEtatCourant} commentaire={f.commentaireEtatCourant} t={t.factures} locale={locale} />
              </TableCell>
              <TableCell>{f.factureTelechargeeParDestinataire ? r.downloaded : r.notDownloaded}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
