export type PaginationItem = number | "ellipsis-start" | "ellipsis-end";

/**
 * Pages to show: always the first and last, `siblings` on each side of the current one, and an
 * ellipsis where pages are skipped. A gap of a single page shows that page instead of "…".
 */
export function paginationRange(page: number, pageCount: number, siblings = 1): PaginationItem[] {
  if (pageCount <= 0) return [];
  const current = Math.min(Math.max(1, page), pageCount);
  // first + last + current + 2×siblings + 2 ellipses
  if (pageCount <= 5 + 2 * siblings) return Array.from({ length: pageCount }, (_, i) => i + 1);

  let start = Math.max(2, current - siblings);
  let end = Math.min(pageCount - 1, current + siblings);
  // Keep the number of slots constant near the edges.
  if (current - siblings <= 3) {
    start = 2;
    end = 3 + 2 * siblings;
  } else if (current + siblings >= pageCount - 2) {
    start = pageCount - 2 - 2 * siblings;
    end = pageCount - 1;
  }

  const items: PaginationItem[] = [1];
  if (start > 2) items.push("ellipsis-start");
  for (let n = start; n <= end; n += 1) items.push(n);
  if (end < pageCount - 1) items.push("ellipsis-end");
  items.push(pageCount);
  return items;
}
