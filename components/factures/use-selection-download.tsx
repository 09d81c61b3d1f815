"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Progress } from "@/components/ui/progress";
import { chunk, DOWNLOAD_MAX_SELECTION } from "@/lib/queries/factures-emises";

export interface SelectionDownloadMessages {
  noneSelected: string; progress: string; progressValue: string; done: string; failed: string; tooMany: string;
}

// Client side, so no zod and no dictionary code here: a plain "{name}" filler keeps the bundle small.
export const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ""));

/** The list's selection checkboxes: they sit in the table rows, tied to the selection form by `form=`. */
export const selectionBoxes = (formId: string) => [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=id][form=${formId}]`)];

/** "a.pdf" already taken → "a (2).pdf": two chunks never overwrite each other's files. */
function uniqueName(taken: Record<string, unknown>, name: string): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let n = 2;
  while (`${stem} (${n})${ext}` in taken) n++;
  return `${stem} (${n})${ext}`;
}

function saveFile(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Options = { endpoint: string; idStructureCPP: number; archivePrefix: string; t: SelectionDownloadMessages };

/**
 * Download of a selection of invoices: the browser calls the space's `telecharger` route once per
 * chunk, shows progress and merges every chunk into ONE archive (stateless: no server keeps
 * anything between calls). `status` renders the progress bar and the outcome.
 */
export function useSelectionDownload({ endpoint, idStructureCPP, archivePrefix, t }: Options) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ tone: "success" | "danger"; text: string } | null>(null);

  const fail = (message: string) => setOutcome({ tone: "danger", text: fill(t.failed, { message }) });

  async function download(ids: string[]) {
    setOutcome(null);
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
        for (const [name, data] of Object.entries(unzipSync(new Uint8Array(await res.arrayBuffer())))) files[uniqueName(files, name)] = data;
        setProgress({ done: i + 1, total: parts.length });
      }
      // PDFs are already compressed: store them as they are, the archive is built faster.
      saveFile(zipSync(files, { level: 0 }), `${archivePrefix}-${new Date().toISOString().slice(0, 10)}.zip`);
      setOutcome({ tone: "success", text: fill(t.done, { count: Object.keys(files).length }) });
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
    }
  }

  const status = (
    <>
      {progress ? <Progress label={t.progress} value={progress.done} max={progress.total} valueText={fill(t.progressValue, { done: progress.done, total: progress.total })} /> : null}
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
    </>
  );
  return { busy: progress !== null, download, fail, status };
}
