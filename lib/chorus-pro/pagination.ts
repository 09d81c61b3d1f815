// Walks every page of a search for the caller. Pure (the page fetcher is injected).
import { FIRST_PAGE, MAX_PAGES } from "./inferred";
import type { Page } from "./types";

export interface WalkOptions { startPage?: number; maxPages?: number; pageSize?: number }

/**
 * Yields every item of every page. Stops at the last announced page, on an empty page, or at
 * maxPages — whichever comes first (an upstream that keeps announcing pages cannot loop forever).
 */
export async function* walkPages<T>(fetchPage: (page: number, pageSize?: number) => Promise<Page<T>>, opts: WalkOptions = {}): AsyncGenerator<T, void, undefined> {
  const maxPages = opts.maxPages ?? MAX_PAGES;
  let page = opts.startPage ?? FIRST_PAGE;
  for (let fetched = 0; fetched < maxPages; fetched++) {
    const result = await fetchPage(page, opts.pageSize);
    yield* result.items;
    const { pages, pageCourante } = result.pagination;
    if (result.items.length === 0) return;
    // Trust pageCourante when present: some servers clamp an out-of-range page to the last one.
    const current = pageCourante > 0 ? pageCourante : page;
    // current < page: the server ignored the page number; walking on would repeat the same page.
    if (current >= pages || current < page) return;
    page = current + 1;
  }
}

export async function collectPages<T>(iterable: AsyncIterable<T>, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
