import { describe, expect, it } from "vitest";
import { collectPages, walkPages } from "./pagination";
import type { Page } from "./types";

function pager(total: number, size: number, opts: { clampTo?: number } = {}) {
  const calls: number[] = [];
  const fetchPage = async (page: number): Promise<Page<number>> => {
    calls.push(page);
    const pages = Math.ceil(total / size);
    const p = opts.clampTo ? Math.min(page, opts.clampTo) : page;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - (p - 1) * size)) }, (_, i) => (p - 1) * size + i);
    return { items, pagination: { pageCourante: p, pages, nbResultatsParPage: size, total } };
  };
  return { fetchPage, calls };
}

describe("walkPages", () => {
  it("reads every page once, in order", async () => {
    const { fetchPage, calls } = pager(25, 10);
    expect(await collectPages(walkPages(fetchPage))).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(calls).toEqual([1, 2, 3]);
  });
  it("stops on an empty first page", async () => {
    const { fetchPage, calls } = pager(0, 10);
    expect(await collectPages(walkPages(fetchPage))).toEqual([]);
    expect(calls).toEqual([1]);
  });
  it("stops when the server ignores the page number", async () => {
    const fetchPage = async (): Promise<Page<number>> => ({ items: [1], pagination: { pageCourante: 1, pages: 5, nbResultatsParPage: 1, total: 5 } });
    expect(await collectPages(walkPages(fetchPage))).toEqual([1, 1]);
  });
  it("honours maxPages and a collect limit", async () => {
    const { fetchPage } = pager(100, 10);
    expect(await collectPages(walkPages(fetchPage, { maxPages: 2 }))).toHaveLength(20);
    const second = pager(100, 10);
    expect(await collectPages(walkPages(second.fetchPage), 15)).toHaveLength(15);
    expect(second.calls).toEqual([1, 2]);
  });
});
