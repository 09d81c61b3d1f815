"use client";

import { useEffect, useState } from "react";
import { Download } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import type { Messages } from "@/lib/i18n";
import { chunk, DOWNLOAD_MAX_SELECTION } from "@/lib/queries/factures-emises";
import { commonActions, type Traitement } from "@/lib/validations/factures-recues-traitement";
import { ProcessForm } from "./process-form";
import { RECUES_SELECTION_FORM } from "./selection-form-id";

type D = Messages["factures"]["downloads"];
interface Props { idStructureCPP: number; actions: Record<string, Traitement[]>; allIdsHref: string; t: { downloads: D; actions: Messages["recues"]["actions"]; selectPage: string; all: string } }

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ""));
const boxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=id][form=${RECUES_SELECTION_FORM}]`)];
const unique = (taken: Record<string, unknown>, name: string) => {
  let n = 2, out = name;
  while (out in taken) out = name.replace(/(\.[^.]*)?$/, (ext) => ` (${n++})${ext}`);
  return out;
};

/**
 * Selection on the list: download (one telecharger/groupe call per chunk, merged into one archive
 * in the browser; « tous les résultats » asks the server for the ids first) and bulk processing
 * with the actions every selected invoice allows.
 */
export function SelectionPanel({ idStructureCPP, actions, allIdsHref, t }: Props) {
  const [selected, setSelected] = useState<{ id: number; statut: string; numero: string }[]>([]);
  const [total, setTotal] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const d = t.downloads;

  useEffect(() => {
    const sync = () => { setTotal(boxes().length); setSelected(boxes().filter((b) => b.checked).map((b) => ({ id: Number(b.value), statut: b.dataset.statut ?? "", numero: b.dataset.numero ?? b.value }))); };
    document.addEventListener("change", sync);
    sync();
    return () => document.removeEventListener("change", sync);
  }, []);

  const toggleAll = (checked: boolean) => {
    for (const b of boxes()) b.checked = checked;
    document.dispatchEvent(new Event("change"));
  };

  async function download(ids: string[]) {
    setOutcome(null);
    if (ids.length === 0) return setOutcome({ tone: "danger", text: d.noneSelected });
    if (ids.length > DOWNLOAD_MAX_SELECTION) return setOutcome({ tone: "danger", text: fill(d.tooMany, { max: DOWNLOAD_MAX_SELECTION }) });
    const parts = chunk(ids);
    setProgress({ done: 0, total: parts.length });
    try {
      // Loaded on demand: the archive code is not part of the page's first load.
      const { unzipSync, zipSync } = await import("fflate");
      const files: Record<string, Uint8Array> = {};
      for (const [i, part] of parts.entries()) {
        const q = new URLSearchParams({ structure: String(idStructureCPP) });
        for (const id of part) q.append("id", id);
        const res = await fetch(`/api/factures/recues/telecharger?${q.toString()}`);
        if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? res.statusText);
        for (const [name, data] of Object.entries(unzipSync(new Uint8Array(await res.arrayBuffer())))) files[unique(files, name)] = data;
        setProgress({ done: i + 1, total: parts.length });
      }
      const url = URL.createObjectURL(new Blob([zipSync(files, { level: 0 }) as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
      const a = Object.assign(document.createElement("a"), { href: url, download: `factures-recues-${new Date().toISOString().slice(0, 10)}.zip` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setOutcome({ tone: "success", text: fill(d.done, { count: Object.keys(files).length }) });
    } catch (err) {
      setOutcome({ tone: "danger", text: fill(d.failed, { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setProgress(null);
    }
  }

  async function downloadAll() {
    const res = await fetch(allIdsHref);
    const body = (await res.json().catch(() => null)) as { ids?: number[]; error?: { message?: string } } | null;
    if (!res.ok || !body?.ids) return setOutcome({ tone: "danger", text: fill(d.failed, { message: body?.error?.message ?? res.statusText }) });
    await download(body.ids.map(String));
  }

  const offered = commonActions(selected.map((s) => actions[s.statut] ?? []));
  const all = total > 0 && selected.length === total;
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-border p-4">
      <form id={RECUES_SELECTION_FORM} onSubmit={(e) => { e.preventDefault(); void download(selected.map((s) => String(s.id))); }} className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={all} onChange={(e) => toggleAll(e.target.checked)} className="size-5 accent-primary" />
          {t.selectPage}
        </label>
        <span aria-live="polite" className="text-sm text-muted-foreground">{fill(d.selected, { count: selected.length })}</span>
        <Button type="submit" variant="secondary" loading={progress !== null}><Download aria-hidden="true" />{d.selection}</Button>
        <Button type="button" variant="secondary" disabled={progress !== null} onClick={() => void downloadAll()}><Download aria-hidden="true" />{t.all}</Button>
      </form>
      {progress ? <Progress label={d.progress} value={progress.done} max={progress.total} valueText={fill(d.progressValue, { done: progress.done, total: progress.total })} /> : null}
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      <section aria-labelledby="recues-bulk-title" className="flex flex-col gap-2">
        <h2 id="recues-bulk-title" className="text-lg font-bold">{t.actions.bulkTitle}</h2>
        {selected.length === 0 ? <p className="text-muted-foreground">{t.actions.selectFirst}</p> : (
          <ProcessForm key={selected.map((s) => s.id).join(",")} idStructureCPP={idStructureCPP} ids={selected.map((s) => s.id)}
            numeros={Object.fromEntries(selected.map((s) => [s.id, s.numero]))} actions={offered} t={t.actions} title={t.actions.bulkTitle} />
        )}
      </section>
    </div>
  );
}
