import Link from "next/link";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { TypeFactureTravaux } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import { STEP_RULES } from "@/lib/travaux/rules";
import type { SearchRole, TravauxListState } from "@/lib/validations/travaux-search";

// Statuses a works piece takes (the rules table's, plus the final ones).
const STATUTS = [...Object.keys(STEP_RULES), "ASSOCIEE", "REFUSEE_MOE", "REFUSEE_MOA", "REFUSEE_FOURNISSEUR", "REFUSEE_1", "MISE_EN_PAIEMENT"] as const;

/** A plain GET form: works without JavaScript and the URL carries the filters. */
export function TravauxFiltersForm({ state, role, base, raw, t }: { state: TravauxListState; role: SearchRole; base: string; raw: Record<string, string | undefined>; t: Messages }) {
  const f = t.travaux.filters;
  const invalid = new Set(state.ignored);
  const value = (k: keyof TravauxListState) => (state[k] !== undefined && !invalid.has(k) ? String(state[k]) : (raw[k] ?? ""));
  const err = (k: string) => (invalid.has(k) ? t.travaux.list.ignored : undefined);
  return (
    <form method="get" action={base} role="search" aria-label={f.title} className="flex flex-col gap-4 rounded-lg border border-border p-4">
      <input type="hidden" name="role" value={role} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={f.numero} error={err("numero")}><Input name="numero" defaultValue={value("numero")} /></Field>
        <Field label={f.marche} error={err("marche")}><Input name="marche" defaultValue={value("marche")} /></Field>
        <Field label={f.type}>
          <NativeSelect name="type" defaultValue={value("type")}>
            <option value="">{f.all}</option>
            {TypeFactureTravaux.options.map((o) => <option key={o} value={o}>{t.travaux.types[o]}</option>)}
          </NativeSelect>
        </Field>
        <Field label={f.statut}>
          <NativeSelect name="statut" defaultValue={value("statut")}>
            <option value="">{f.all}</option>
            {STATUTS.map((s) => <option key={s} value={s}>{t.factures.statuts[s as keyof typeof t.factures.statuts]}</option>)}
          </NativeSelect>
        </Field>
        <Field label={f.du} error={err("du")}><Input name="du" type="date" defaultValue={value("du")} /></Field>
        <Field label={f.au} error={err("au")}><Input name="au" type="date" defaultValue={value("au")} /></Field>
        <Field label={f.min} hint={f.amountHint} error={err("min")}><Input name="min" inputMode="decimal" defaultValue={value("min")} /></Field>
        <Field label={f.max} hint={f.amountHint} error={err("max")}><Input name="max" inputMode="decimal" defaultValue={value("max")} /></Field>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="attente" value="1" defaultChecked={state.attente === "1"} className="size-4 accent-primary" />
        {f.attente}
      </label>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{f.submit}</Button>
        <Link href={`${base}?role=${role}`} className={buttonVariants({ variant: "secondary" })}>{f.reset}</Link>
      </div>
    </form>
  );
}
