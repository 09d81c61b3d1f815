import { Amount } from "@/components/factures/amount";
import { StatusBadge } from "@/components/factures/status-badge";
import { InvoiceLink, ListCaption, sortHeadFor } from "@/components/factures/list-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FactureEmise, Pagination } from "@/lib/chorus-pro";
import { formatDate, type FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { listHref, nextSortDir, type ListState, type SortKey } from "@/lib/validations/factures-emises-search";
import { SELECTION_FORM_ID } from "./selection-ids";

interface Props {
  items: FactureEmise[];
  pagination: Pagination;
  state: ListState;
  base: string;
  structureName: string;
  idStructureCPP: number;
  t: Messages;
  locale: FormatLocale;
}

/** One page of invoices; each row's checkbox belongs to the selection form (download). */
export function InvoicesTable({ items, pagination, state, base, structureName, idStructureCPP, t, locale }: Props) {
  const c = t.factures.columns;
  const sortHead = sortHeadFor<SortKey>(state, (key) => listHref(base, state, { sort: key, dir: nextSortDir(state, key), page: 1 }));
  const detailHref = (id: number) => `${base}/${id}${state.structure !== undefined ? `?structure=${idStructureCPP}` : ""}`;
  return (
    <Table regionLabel={t.factures.list.region}>
      <ListCaption template={t.factures.list.caption} structure={structureName} pagination={pagination} />
      <TableHeader>
        <TableRow>
          <TableHead className="w-10"><span className="sr-only">{c.select}</span></TableHead>
          {sortHead("numero", c.numero)}
          {sortHead("destinataire", c.destinataire)}
          {sortHead("dateFacture", c.dateFacture)}
          {sortHead("dateDepot", c.dateDepot)}
          {sortHead("montantHT", c.montantHT, true)}
          {sortHead("montantTTC", c.montantTTC, true)}
          {sortHead("statut", c.statut)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((f) => {
          const numero = f.numeroFacture ?? t.factures.list.noNumber;
          return (
            <TableRow key={f.identifiantFactureCPP}>
              <TableCell>
                <input
                  type="checkbox"
                  name="id"
                  value={f.identifiantFactureCPP}
                  form={SELECTION_FORM_ID}
                  aria-label={format(t.factures.list.selectInvoice, { numero })}
                  className="size-5 accent-primary"
                />
              </TableCell>
              <TableCell>
                <InvoiceLink href={detailHref(f.identifiantFactureCPP)}>
                  {numero}
                </InvoiceLink>
              </TableCell>
              <TableCell>
                <span className="flex flex-col">
                  <span>{f.designationDestinataire ?? f.codeDestinataire ?? "—"}</span>
                  {f.nomServiceExecutant ?? f.codeServiceExecutant ? <span className="text-sm text-muted-foreground">{f.nomServiceExecutant ?? f.codeServiceExecutant}</span> : null}
                </span>
              </TableCell>
              <TableCell className="whitespace-nowrap">{formatDate(f.dateFacture, locale)}</TableCell>
              <TableCell className="whitespace-nowrap">{formatDate(f.dateDepot, locale)}</TableCell>
              <TableCell numeric><Amount value={f.montantHT} devise={f.devise} locale={locale} /></TableCell>
              <TableCell numeric><Amount value={f.montantTTC} devise={f.devise} locale={locale} /></TableCell>
              <TableCell>
                <StatusBadge statut={f.statut} since={f.dateHeureEtatCourant} commentaire={f.commentaireEtatCourant} t={t.factures} locale={locale} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
