import type { ReactNode } from "react";
import Link from "next/link";
import { TableCaption, TableSortHead } from "@/components/ui/table";
import type { Pagination } from "@/lib/chorus-pro";
import { format } from "@/lib/i18n";
import { LinkPending } from "./link-pending";

// Pieces the invoice lists' tables share: sortable headers whose links keep the filters, the
// caption that says whose list and which page, and the invoice number that opens the detail.

/**
 * The header maker of a table sorted by `state`: a column header links to the list sorted on it
 * (`hrefFor` keeps the filters and goes back to page 1), aria-sort on the current one.
 */
export function sortHeadFor<K extends string>(state: { sort: K; dir: "asc" | "desc" }, hrefFor: (column: K) => string) {
  return function SortHead(column: K, label: string, numeric = false) {
    return (
      <TableSortHead numeric={numeric} sort={state.sort === column ? (state.dir === "asc" ? "ascending" : "descending") : "none"} href={hrefFor(column)}>
        {label}
      </TableSortHead>
    );
  };
}

/** `template` takes {structure}, {total}, {page} and {pages}. */
export function ListCaption({ template, structure, pagination }: { template: string; structure: string; pagination: Pagination }) {
  return <TableCaption>{format(template, { structure, total: pagination.total, page: pagination.pageCourante, pages: Math.max(1, pagination.pages) })}</TableCaption>;
}

/** The invoice number that opens its detail, with a spinner while the detail loads. */
export function InvoiceLink({ href, children }: { href: string; children: ReactNode }) {
  return <Link href={href} className="font-medium text-primary underline underline-offset-4 hover:no-underline">{children}<LinkPending /></Link>;
}
