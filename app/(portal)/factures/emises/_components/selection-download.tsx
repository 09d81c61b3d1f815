"use client";

import { useEffect, useState } from "react";
import { Download } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { chunk, DOWNLOAD_MAX_SELECTION } from "@/lib/queries/factures-emises";
import { SELECTION_FORM_ID } from "./selection-ids";

export interface SelectionMessages {
  selection: string; selected: string; noneSelected: string; progress: string; progressValue: string;
  done: string; failed: string; tooMany: string; selectPage: string;
}

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ""));
const boxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=id][form=${SELECTION_FORM_ID}]`)];

/** "a.pdf" already taken → "a (2).pdf": two chunks never overwrite each other's files. */
function uniqueName(taken: Record<string, unknown>, name: string): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let n = 2;
  while (`${stem} (${n})${ext}` in taken) n++;
  return `${stem} (${n})${ext}`;
}

/**
 * Download of the selected invoices. Without JavaScript the form GETs the route directly (one
 * call, up to one chunk). With it, the browser calls the route once per chunk, shows progress and
 * merges every chunk into ONE archive (stateless: no server keeps anything between calls).
 */
export function SelectionDownload({ endpoint, idStructureCPP, t }: { endpoint: string; idStructureCPP: number; t: SelectionMessages }) {
  const [count, setCount] = useState(0);
  const [allChecked, setAllChecked] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ tone: "success" | "danger"; text: string } | null>(null);

  useEffect(() => {
    const sync = () => {
      const all = boxes();
      const n = all.filter((b) => b.checked).length;
      setCount(n);
      setAllChecked(all.length > 0 && n === all.length);
    };
    document.addEventListener("change", sync);
    sync();
    return () => document.removeEventListener("change", sync);
  }, []);

  const toggleAll = (checked: boolean) => {
    for (const b of boxes()) b.checked = checked;
    setCount(checked ? boxes().length : 0);
    setAllChecked(checked);
  };

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setOutcome(null);
    const ids = boxes().filter((b) => b.checked).map((b) => b.value);
    if (ids.length === 0) return setOutcome({ tone: "danger", text: t.noneSelected });
    if (ids.length > DOWNLOAD_MAX_SELECTION) return setOutcome({ tone: "danger", text: fill(t.tooMany, { max: DOWNLOAD_MAX_SELECTION }) });
    const parts = chunk(ids);
    setProgress({ done: 0, total: parts.length });
    try {
      // Loaded on demand: the archive code is not part of the page's first load.
      const { unzipSync, zipSync } = await import("fflate");
      const files: Record<string, Uint8Array> = {};
      for (const [i, part] of parts.entries()) {
        const q = new URLSearchParams({ structure: String(idStructureCPP) });
        for (const id of part) q.append("id", id);
        const res = await fetch(`${endpoint}?${q.toString()}`, { headers: { accept: "application/zip" } });
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(body?.error?.message ?? res.statusText);
        }
        const entries = unzipSync(new Uint8Array(await res.arrayBuffer()));
        for (const [name, data] of Object.entries(entries)) files[uniqueName(files, name)] = data;
        setProgress({ done: i + 1, total: parts.length });
      }
      // PDFs are already compressed: store them as they are, the archive is built faster.
      const zip = zipSync(files, { level: 0 });
      const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `factures-${new Date().toISOString().slice(0, 10)}.zip`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setOutcome({ tone: "success", text: fill(t.done, { count: Object.keys(files).length }) });
    } catch (err) {
      setOutcome({ tone: "danger", text: fill(t.failed, { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <form id={SELECTION_FORM_ID} method="get" action={endpoint} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="structure" value={idStructureCPP} />
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={allChecked} onChange={(e) => toggleAll(e.target.checked)} className="size-5 accent-primary" />
          {t.selectPage}
        </label>
        <span aria-live="polite" className="text-sm text-muted-foreground">{fill(t.selected, { count })}</span>
        <Button type="submit" variant="secondary" loading={progress !== null}>
          <Download aria-hidden="true" />
          {t.selection}
        </Button>
      </div>
      {progress ? (
        <Progress label={t.progress} value={progress.done} max={progress.total} valueText={fill(t.progressValue, { done: progress.done, total: progress.total })} />
      ) : null}
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </form>
  );
}
