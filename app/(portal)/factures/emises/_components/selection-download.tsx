"use client";

import { useEffect, useState } from "react";
import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { fill, selectionBoxes, useSelectionDownload, type SelectionDownloadMessages } from "@/components/factures/use-selection-download";
import { SELECTION_FORM_ID } from "./selection-ids";

export interface SelectionMessages extends SelectionDownloadMessages {
  selection: string; selected: string; selectPage: string;
}

const boxes = () => selectionBoxes(SELECTION_FORM_ID);

/**
 * Download of the selected invoices. Without JavaScript the form GETs the route directly (one
 * call, up to one chunk); with it, useSelectionDownload splits, shows progress and merges.
 */
export function SelectionDownload({ endpoint, idStructureCPP, t }: { endpoint: string; idStructureCPP: number; t: SelectionMessages }) {
  const [count, setCount] = useState(0);
  const [allChecked, setAllChecked] = useState(false);
  const { busy, download, status } = useSelectionDownload({ endpoint, idStructureCPP, archivePrefix: "factures", t });

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

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void download(boxes().filter((b) => b.checked).map((b) => b.value));
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
        <Button type="submit" variant="secondary" loading={busy}>
          <Download aria-hidden="true" />
          {t.selection}
        </Button>
      </div>
      {status}
    </form>
  );
}
