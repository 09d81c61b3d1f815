"use client";

import { useEffect, useState } from "react";
import { Download } from "lucide-react";
import { fill, selectionBoxes, useSelectionDownload } from "@/components/factures/use-selection-download";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n";
import { commonActions, type Traitement } from "@/lib/validations/factures-recues-traitement";
import { ProcessForm } from "./process-form";
import { RECUES_SELECTION_FORM } from "./selection-form-id";

type D = Messages["factures"]["downloads"];
interface Props { idStructureCPP: number; actions: Record<string, Traitement[]>; allIdsHref: string; t: { downloads: D; actions: Messages["recues"]["actions"]; selectPage: string; all: string } }

const boxes = () => selectionBoxes(RECUES_SELECTION_FORM);

/**
 * Selection on the list: download (one telecharger/groupe call per chunk, merged into one archive
 * in the browser; « tous les résultats » asks the server for the ids first) and bulk processing
 * with the actions every selected invoice allows.
 */
export function SelectionPanel({ idStructureCPP, actions, allIdsHref, t }: Props) {
  const [selected, setSelected] = useState<{ id: number; statut: string; numero: string }[]>([]);
  const [total, setTotal] = useState(0);
  const d = t.downloads;
  const { busy, download, fail, status } = useSelectionDownload({ endpoint: "/api/factures/recues/telecharger", idStructureCPP, archivePrefix: "factures-recues", t: d });

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

  async function downloadAll() {
    const res = await fetch(allIdsHref);
    const body = (await res.json().catch(() => null)) as { ids?: number[]; error?: { message?: string } } | null;
    if (!res.ok || !body?.ids) return fail(body?.error?.message ?? res.statusText);
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
        <Button type="submit" variant="secondary" loading={busy}><Download aria-hidden="true" />{d.selection}</Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void downloadAll()}><Download aria-hidden="true" />{t.all}</Button>
      </form>
      {status}
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
