import Link from "next/link";
import { FilterGrid } from "@/components/factures/filters/filter-field";
import { amountField, dateField, rawText, selectField, textField } from "@/components/factures/filters/criteria";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { TypeFactureTravaux } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import { STEP_RULES } from "@/lib/travaux/rules";
import type { RawParams, SearchRole, TravauxListState } from "@/lib/validations/travaux-search";

// Statuses a works piece takes (the rules table's, plus the final ones).
const STATUTS = [...Object.keys(STEP_RULES), "ASSOCIEE", "REFUSEE_MOE", "REFUSEE_MOA", "REFUSEE_FOURNISSEUR", "REFUSEE_1", "MISE_EN_PAIEMENT"] as const;

/** A plain GET form: works without JavaScript and the URL carries the filters. */
export function TravauxFiltersForm({ state, role, base, raw, t }: { state: TravauxListState; role: SearchRole; base: string; raw: RawParams; t: Messages }) {
  const f = t.travaux.filters;
  const { ignored, ...filters } = state;
  const values = { filters, raw: rawText(raw), errors: Object.fromEntries(ignored.map((k) => [k, t.travaux.list.ignored])) };
  const statutLabel = (s: string) => t.factures.statuts[s as keyof typeof t.factures.statuts];
  return (
    <form method="get" action={base} role="search" aria-label={f.title} className="flex flex-col gap-4 rounded-lg border border-border p-4">
      <input type="hidden" name="role" value={role} />
      <FilterGrid values={values} fields={[
        textField("numero", f.numero), textField("marche", f.marche),
        selectField("type", f.type, TypeFactureTravaux.options, (o) => t.travaux.types[o], f.all),
        selectField("statut", f.statut, STATUTS, statutLabel, f.all),
        dateField("du", f.du), dateField("au", f.au),
        amountField("min", f.min, f.amountHint), amountField("max", f.max, f.amountHint),
      ]} />
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
