import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "@/lib/utils";

export interface TableProps extends React.ComponentPropsWithRef<"table"> {
  /**
   * Name of the scroll container. When set, the wrapper becomes a focusable, labelled region so
   * keyboard users can scroll a wide table that holds no focusable cell.
   */
  regionLabel?: string;
  wrapperClassName?: string;
}

export function Table({ className, regionLabel, wrapperClassName, ...props }: TableProps) {
  return (
    <div
      className={cn("relative w-full overflow-x-auto", wrapperClassName)}
      {...(regionLabel ? { role: "region", "aria-label": regionLabel, tabIndex: 0 } : {})}
    >
      <table className={cn("w-full caption-bottom border-collapse text-base", className)} {...props} />
    </div>
  );
}

export function TableCaption({ className, ...props }: React.ComponentPropsWithRef<"caption">) {
  return <caption className={cn("mt-3 text-start text-sm text-muted-foreground", className)} {...props} />;
}

export function TableHeader({ className, ...props }: React.ComponentPropsWithRef<"thead">) {
  return <thead className={cn("border-b-2 border-heading bg-muted", className)} {...props} />;
}

export function TableBody({ className, ...props }: React.ComponentPropsWithRef<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableFooter({ className, ...props }: React.ComponentPropsWithRef<"tfoot">) {
  return <tfoot className={cn("border-t-2 border-heading bg-muted font-semibold", className)} {...props} />;
}

export function TableRow({ className, ...props }: React.ComponentPropsWithRef<"tr">) {
  return <tr className={cn("border-b border-border hover:bg-muted data-[selected=true]:bg-primary-subtle", className)} {...props} />;
}

export interface TableHeadProps extends React.ComponentPropsWithRef<"th"> {
  /** Right-aligned, tabular figures (amounts). */
  numeric?: boolean;
}

export function TableHead({ className, scope = "col", numeric = false, ...props }: TableHeadProps) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-11 px-3 text-start align-middle text-sm font-bold whitespace-nowrap text-heading",
        numeric && "text-end",
        className,
      )}
      {...props}
    />
  );
}

export type SortDirection = "ascending" | "descending" | "none";

export interface TableSortHeadProps extends Omit<TableHeadProps, "aria-sort" | "onClick"> {
  /** Current sort of this column; announced through aria-sort on the header cell. */
  sort: SortDirection;
  /** Link to the list sorted by this column (sort lives in the URL). */
  href?: string;
  /** Or a click handler, in a client component. */
  onSort?: () => void;
}

const SORT_ICONS = { ascending: ArrowUp, descending: ArrowDown, none: ArrowUpDown } as const;

/** A column header whose content is a button or link that sorts by this column. */
export function TableSortHead({ sort, href, onSort, children, numeric, className, ...props }: TableSortHeadProps) {
  const Icon = SORT_ICONS[sort];
  const controlClassName = cn(
    "-mx-1 inline-flex items-center gap-1.5 rounded-sm px-1 py-0.5 text-heading no-underline hover:underline",
    numeric && "flex-row-reverse",
  );
  const content = (
    <>
      {children}
      <Icon aria-hidden="true" className={cn("size-4", sort === "none" && "text-muted-foreground")} />
    </>
  );
  return (
    <TableHead aria-sort={sort} numeric={numeric} className={className} {...props}>
      {href !== undefined ? (
        <Link href={href} scroll={false} className={controlClassName}>
          {content}
        </Link>
      ) : (
        <button type="button" onClick={onSort} className={controlClassName}>
          {content}
        </button>
      )}
    </TableHead>
  );
}

export interface TableCellProps extends React.ComponentPropsWithRef<"td"> {
  numeric?: boolean;
}

export function TableCell({ className, numeric = false, ...props }: TableCellProps) {
  return (
    <td
      data-numeric={numeric || undefined}
      className={cn("px-3 py-2.5 align-middle", numeric && "text-end whitespace-nowrap tabular-nums", className)}
      {...props}
    />
  );
}
