"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { ChevronLeft, ChevronRight, Download, Keyboard } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import type { Messages } from "@/lib/i18n";
import { DecisionPanel, type Motif, type Panel } from "../../_components/decision-panel";
import type { DecisionState } from "../../_components/use-decision";
import { commandFor, step } from "./review-keys";
import type { ReviewItem } from "./review-item";
import { ShortcutsDialog } from "./shortcuts-dialog";

type Props = { initialIndex?: number; items: ReviewItem[]; motifs: Motif[]; idStructureCPP: number; t: Messages["aValider"] };

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ""));

/**
 * One invoice at a time, driven by the keyboard (J/K/→/←, V, R, Esc, ?). The heading of the
 * current invoice takes the focus on every move and a polite live region says where the person is.
 */
export function ReviewQueue({ initialIndex = 0, items, motifs, idStructureCPP, t }: Props) {
  const r = t.review;
  const [index, setIndex] = useState(initialIndex);
  const [panel, setPanel] = useState<Panel>("none");
  const [help, setHelp] = useState(false);
  const [decided, setDecided] = useState<Record<number, string>>({});
  const [override, setOverride] = useState<{ id: number; text: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const item = items[index];
  const position = fill(r.position, { n: index + 1, total: items.length });

  const go = useCallback((command: "next" | "previous") => {
    setIndex((i) => step(i, items.length, command));
    setPanel("none");
    moved.current = true;
  }, [items.length]);

  // What the live region says: the decision just recorded, else where the person is in the queue.
  const announcement = !item ? "" : override?.id === item.id ? override.text : fill(r.announce, { numero: item.numero, position, statut: item.statut, montant: item.montantTTC });

  useEffect(() => {
    if (item && moved.current) headingRef.current?.focus();
  }, [item]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      // Open dialogs (confirmation, help) handle their own keys, Escape included.
      if (help || panel === "confirm" || e.defaultPrevented) return;
      const command = commandFor(e, e.target as HTMLElement | null);
      if (!command || !item) return;
      if (command === "cancel") { if (panel === "refuse") { setPanel("none"); headingRef.current?.focus(); } return; }
      e.preventDefault();
      if (command === "help") setHelp(true);
      else if (command === "next" || command === "previous") go(command);
      else if (!decided[item.id]) setPanel(command === "validate" ? "confirm" : "refuse");
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [help, panel, item, decided, go]);

  const onSettled = useCallback((s: DecisionState) => {
    if (!item) return;
    if (s.phase === "sent" || s.phase === "pending") {
      const text = s.phase === "pending" ? t.decision.stillPending : s.decision === "VALIDATION" ? t.decision.validated : t.decision.refused;
      setDecided((d) => ({ ...d, [item.id]: text }));
      setOverride({ id: item.id, text: fill(r.decided, { numero: item.numero }) });
      setPanel("none");
      headingRef.current?.focus();
    }
  }, [item, r.decided, t.decision]);

  if (!item) return <p>{r.empty}</p>;
  const api = `/api/factures/a-valider/${item.id}/telecharger?structure=${idStructureCPP}`;
  return (
    <section aria-labelledby="review-current" className="flex flex-col gap-4">
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="review-announcer">{announcement}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium" data-testid="review-position">{position}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => go("previous")} disabled={index === 0}><ChevronLeft aria-hidden="true" />{r.previous}</Button>
          <Button type="button" variant="secondary" onClick={() => go("next")} disabled={index >= items.length - 1}>{r.next}<ChevronRight aria-hidden="true" /></Button>
          <Button type="button" variant="ghost" onClick={() => setHelp(true)}><Keyboard aria-hidden="true" />{r.showShortcuts}</Button>
        </div>
      </div>
      <article className="flex flex-col gap-4 rounded-lg border border-border p-4">
        <h2 id="review-current" ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-offset-4">{fill(t.detail.title, { numero: item.numero })}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {([
            [t.columns.fournisseur, item.fournisseur], [t.columns.destinataire, item.destinataire],
            [t.columns.statut, item.statut], [t.columns.dateFacture, item.dateFacture], [t.columns.dateDepot, item.dateDepot],
            [t.columns.montantHT, item.montantHT], [t.columns.montantTTC, item.montantTTC],
          ] as const).map(([label, value]) => (
            <div key={label} className="flex flex-col"><dt className="text-sm text-muted-foreground">{label}</dt><dd className="font-medium">{value}</dd></div>
          ))}
        </dl>
        <div className="flex flex-wrap gap-3">
          <a href={api} download className={buttonVariants({ variant: "secondary" })}><Download aria-hidden="true" />{t.detail.download}</a>
          <a href={`${api}&pj=1`} download className={buttonVariants({ variant: "secondary" })}><Download aria-hidden="true" />{t.detail.downloadAll}</a>
          <Link href={`/factures/a-valider/${item.id}`} className={buttonVariants({ variant: "link" })}>{r.openDetail}</Link>
        </div>
        {decided[item.id] ? <Alert tone="success" live="none" data-testid="decision-outcome">{decided[item.id]}</Alert> : (
        <DecisionPanel
          key={item.id}
          idFacture={item.id}
          idStructureCPP={idStructureCPP}
          numero={item.numero}
          motifs={motifs}
          panel={panel}
          onPanelChange={(p) => { setPanel(p); if (p === "none") headingRef.current?.focus(); }}
          onSettled={onSettled}
          t={t.decision}
        />
        )}
      </article>
      <ShortcutsDialog open={help} onOpenChange={setHelp} t={r} />
    </section>
  );
}
