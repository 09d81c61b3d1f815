"use client";

import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";
import type { Messages } from "@/lib/i18n";
import { SHORTCUTS } from "./review-keys";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; t: Messages["aValider"]["review"] };

export function ShortcutsDialog({ open, onOpenChange, t }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t.close} aria-describedby={undefined}>
        <DialogHeader><DialogTitle>{t.shortcuts}</DialogTitle></DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {SHORTCUTS.map((s) => (
            <div key={s.command} className="contents">
              <dt className="flex gap-1">{s.keys.map((k) => <Kbd key={k}>{k}</Kbd>)}</dt>
              <dd>{t.keys[s.command]}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  );
}
