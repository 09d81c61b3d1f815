import Link from "next/link";
import { Amount } from "@/components/factures/amount";
import { StatusBadge } from "@/components/factures/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableSortHead } from "@/components/ui/table";
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
  const sortHead = (key: SortKey, label: string, numeric = false) => (
    <TableSortHead
      numeric={numeric}
      sort={state.sort === key ? (state.dir === "asc" ? "ascending" : "descending") : "none"}
      href={listHref(base, state, { sort: key, dir: nextSortDir(state, key), page: 1 })}
    >
      {label}
    </TableSortHead>
  );
  const detailHref = (id: number) => `${base}/${id}${state.structure !== undefined ? `?structure=${idStructureCPP}` : ""}`;
  return (
    <Table regionLabel={t.factures.list.region}>
      <TableCaption>
        {format(t.factures.list.caption, { structure: structureName, total: pagination.total, page: pagination.pageCourante, pages: Math.max(1, pagination.pages) })}
      </TableCaption>
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
                <Link href={detailHref(f.identifiantFactureCPP)} className="font-medium text-primary underline underline-offset-4 hover:no-underline">
                  {numero}
                </Link>
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
