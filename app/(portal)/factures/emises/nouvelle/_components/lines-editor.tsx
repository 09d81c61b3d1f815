"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { formatRoundedAmount as formatAmount } from "@/lib/format/amount-exact";
import type { Messages } from "@/lib/i18n";
import { fill as format } from "./fill";
import type { ChorusTotals } from "@/lib/invoice/totals";
import type { Referentiels } from "@/lib/queries/saisie";
import type { LigneSaisie } from "@/lib/validations/saisie-facture";
import { MAX_LINES, emptyLine } from "@/lib/validations/saisie-facture-model";

type Props = {
  lines: LigneSaisie[];
  onChange: (lines: LigneSaisie[]) => void;
  errorOf: (path: string) => string[] | undefined;
  rates: Referentiels["tauxTva"];
  totals: ChorusTotals | null;
  t: Messages["saisie"];
};

/** One fieldset per line: every control has its own label (« Quantité, ligne 2 » for screen readers). */
export function LinesEditor({ lines, onChange, errorOf, rates, totals, t }: Props) {
  const set = (i: number, patch: Partial<LigneSaisie>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const remove = (i: number) => onChange(lines.filter((_, j) => j !== i));
  const add = () => onChange([...lines, emptyLine(lines.at(-1)?.tauxTva ?? "TVA20")]);
  const text = (i: number, key: keyof LigneSaisie, label: string, className: string, inputMode?: "decimal") => (
    <Field label={label} error={errorOf(`lignes.${i}.${key}`)} className={className}>
      <Input name={`lignes.${i}.${key}`} value={lines[i]?.[key] ?? ""} inputMode={inputMode} onChange={(e) => set(i, { [key]: e.target.value })} />
    </Field>
  );
  return (
    <div className="flex flex-col gap-4">
      {lines.map((line, i) => {
        const n = i + 1;
        const net = totals?.lignePoste[i]?.lignePosteMontantHtApresRemise;
        return (
          <fieldset key={i} className="grid grid-cols-2 gap-3 rounded-md border border-border p-3 md:grid-cols-6">
            <legend className="px-1 text-sm font-semibold">{format(t.lineN, { n })}</legend>
            {text(i, "denomination", t.denomination, "col-span-2 md:col-span-3")}
            {text(i, "reference", t.reference, "col-span-1")}
            {text(i, "quantite", t.quantite, "col-span-1", "decimal")}
            {text(i, "unite", t.unite, "col-span-1")}
            {text(i, "prixUnitaireHT", t.prixUnitaire, "col-span-1", "decimal")}
            {text(i, "remiseHT", t.remise, "col-span-1", "decimal")}
            <Field label={t.tauxTva} error={errorOf(`lignes.${i}.tauxTva`)} className="col-span-1">
              <NativeSelect name={`lignes.${i}.tauxTva`} value={line.tauxTva} onChange={(e) => set(i, { tauxTva: e.target.value })}>
                {rates.some((r) => r.code === line.tauxTva) ? null : <option value={line.tauxTva}>{line.tauxTva}</option>}
                {rates.map((r) => <option key={r.code} value={r.code}>{r.libelle}</option>)}
              </NativeSelect>
            </Field>
            <p className="col-span-1 self-end pb-2 text-end text-sm tabular-nums">
              <span className="text-muted-foreground">{t.montantHt} : </span>{net ? formatAmount(net) : "—"}
            </p>
            <div className="col-span-1 self-end">
              <Button type="button" variant="ghost" size="sm" onClick={() => remove(i)} disabled={lines.length <= 1} aria-label={format(t.removeLine, { n })}>
                <Trash2 aria-hidden="true" />
              </Button>
            </div>
          </fieldset>
        );
      })}
      {errorOf("lignes") ? <p className="text-sm font-medium text-danger">{errorOf("lignes")?.join(" ")}</p> : null}
      <div>
        <Button type="button" variant="secondary" onClick={add} disabled={lines.length >= MAX_LINES}><Plus aria-hidden="true" />{t.addLine}</Button>
      </div>
    </div>
  );
}
