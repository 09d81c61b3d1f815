"use client";

import { useEffect, useRef } from "react";
import { Check, X } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import {
  AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogHeader, AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import type { Messages } from "@/lib/i18n";
import { COMMENT_MAX } from "@/lib/validations/factures-a-valider-decision";
import { useDecision, type DecisionState } from "./use-decision";

export type Panel = "none" | "confirm" | "refuse";
export type Motif = { code: string; libelle: string };

type Props = {
  idFacture: number;
  idStructureCPP: number;
  numero: string;
  motifs: Motif[];
  panel: Panel;
  onPanelChange: (p: Panel) => void;
  onSettled?: (s: DecisionState) => void;
  t: Messages["aValider"]["decision"];
};

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");

/** Validate (after confirmation) or refuse (motif + mandatory comment); the outcome is announced. */
export function DecisionPanel({ idFacture, idStructureCPP, numero, motifs, panel, onPanelChange, onSettled, t }: Props) {
  const { state, send } = useDecision(idFacture, idStructureCPP);
  const motifRef = useRef<HTMLSelectElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const busy = state.phase === "queued";
  const done = state.phase === "sent" || state.phase === "pending";
  const errors = state.phase === "failed" ? state.fieldErrors : {};

  // R opens the form with the focus in it; a field error brings the focus back to it.
  useEffect(() => { if (panel === "refuse") motifRef.current?.focus(); }, [panel]);
  useEffect(() => { if (state.phase !== "idle" && state.phase !== "queued") onSettled?.(state); }, [state, onSettled]);

  if (done) {
    const text = state.phase === "pending" ? t.stillPending : state.decision === "VALIDATION" ? t.validated : t.refused;
    return <Alert tone={state.phase === "pending" ? "info" : "success"} data-testid="decision-outcome">{text}</Alert>;
  }
  return (
    <div className="flex flex-col gap-4">
      <div role="status" aria-live="polite" data-testid="decision-status">
        {busy ? <Alert tone="info" live="none" title={<span className="flex items-center gap-2"><Spinner decorative size="sm" />{t.queued}</span>} /> : null}
      </div>
      {state.phase === "failed" && Object.keys(errors).length === 0 ? <Alert tone="danger" title={t.failed}>{state.message}</Alert> : null}
      {panel !== "refuse" ? (
        <div className="flex flex-wrap gap-3">
          <Button type="button" disabled={busy} onClick={() => onPanelChange("confirm")}><Check aria-hidden="true" />{t.validate}</Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={() => onPanelChange("refuse")}><X aria-hidden="true" />{t.refuse}</Button>
        </div>
      ) : (
        <form
          noValidate
          aria-label={t.refuse}
          className="flex flex-col gap-3 rounded-md border border-border p-4"
          onSubmit={(e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            void send("REFUS", String(fd.get("motifRefus") ?? ""), String(fd.get("complementInfo") ?? ""));
          }}
          onKeyDown={(e) => { if (e.key === "Escape") { e.stopPropagation(); onPanelChange("none"); } }}
        >
          {motifs.length === 0 ? <Alert tone="warning" live="none">{t.motifsUnavailable}</Alert> : null}
          <Field label={t.motif} required error={errors.motifRefus}>
            <NativeSelect ref={motifRef} name="motifRefus" defaultValue="">
              <option value="">{t.motifPlaceholder}</option>
              {motifs.map((m) => <option key={m.code} value={m.code}>{m.libelle}</option>)}
            </NativeSelect>
          </Field>
          <Field label={t.comment} hint={t.commentRefuseHint} required error={errors.complementInfo}>
            <Textarea name="complementInfo" rows={3} maxLength={COMMENT_MAX} />
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={busy}>{t.sendRefusal}</Button>
            <Button type="button" variant="secondary" onClick={() => onPanelChange("none")}>{t.cancel}</Button>
          </div>
        </form>
      )}
      <AlertDialog open={panel === "confirm"} onOpenChange={(open) => onPanelChange(open ? "confirm" : "none")}>
        <AlertDialogContent onOpenAutoFocus={(e) => { e.preventDefault(); confirmRef.current?.focus(); }}>
          <AlertDialogHeader>
            <AlertDialogTitle>{fill(t.confirmTitle, { numero })}</AlertDialogTitle>
            <AlertDialogDescription>{t.confirmBody}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t.cancel}</AlertDialogCancel>
            <AlertDialogAction ref={confirmRef} onClick={() => void send("VALIDATION")}>{t.confirm}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
