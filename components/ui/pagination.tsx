import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { cn } from "@/lib/utils";
import { buttonVariants } from "./button-variants";
import { paginationRange } from "./pagination-range";

export interface PaginationProps {
  /** Current page, 1-based. */
  page: number;
  pageCount: number;
  /** URL of page n, built by the caller so that filters and sort stay in the query string. */
  hrefForPage: (page: number) => string;
  /** Name of the navigation landmark. */
  label?: string;
  previousLabel?: string;
  nextLabel?: string;
  /** Accessible name of a page link, e.g. (n) => `Page ${n}`. */
  pageLabel?: (page: number) => string;
  siblings?: number;
  className?: string;
}

const itemClassName = cn(buttonVariants({ variant: "ghost", size: "sm" }), "min-w-9 px-2");

export function Pagination({
  page,
  pageCount,
  hrefForPage,
  label = "Pagination",
  previousLabel = "Précédente",
  nextLabel = "Suivante",
  pageLabel = (n) => `Page ${n}`,
  siblings = 1,
  className,
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);

  const edge = (target: number, text: string, icon: React.ReactNode, iconFirst: boolean, disabled: boolean) => {
    const content = iconFirst ? (
      <>
        {icon}
        <span>{text}</span>
      </>
    ) : (
      <>
        <span>{text}</span>
        {icon}
      </>
    );
    // A disabled link is no link at all: a plain element that says it is unavailable.
    return disabled ? (
      <a role="link" aria-disabled="true" className={cn(itemClassName, "opacity-50")}>
        {content}
      </a>
    ) : (
      <Link href={hrefForPage(target)} className={itemClassName}>
        {content}
      </Link>
    );
  };

  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap items-center gap-1">
        <li>{edge(current - 1, previousLabel, <ChevronLeft aria-hidden="true" />, true, current === 1)}</li>
        {paginationRange(current, pageCount, siblings).map((item) =>
          typeof item === "number" ? (
            <li key={item}>
              <Link
                href={hrefForPage(item)}
                aria-label={pageLabel(item)}
                aria-current={item === current ? "page" : undefined}
                className={cn(
                  itemClassName,
                  item === current && "bg-primary text-primary-foreground hover:bg-primary-hover",
                )}
              >
                {item}
              </Link>
            </li>
          ) : (
            <li key={item} aria-hidden="true" className="px-1 text-muted-foreground">
              …
            </li>
          ),
        )}
        <li>{edge(current + 1, nextLabel, <ChevronRight aria-hidden="true" />, false, current === pageCount)}</li>
      </ul>
    </nav>
  );
}
