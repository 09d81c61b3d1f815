import { InvoiceFiltersForm } from "@/components/factures/filters/invoice-filters-form";
import { amountField, dateField, errorsOf, pageSizeField, rawText, selectField, textField } from "@/components/factures/filters/criteria";
import type { Messages } from "@/lib/i18n";
import { CADRES_A_VALIDER, VUES, type ListState, type RawParams } from "@/lib/validations/factures-a-valider-search";

type Props = { state: ListState; visibles: string[]; t: Messages; action: string; raw: RawParams };

/** The validator's search form: the view first; only the statuses a validator sees are offered. */
export function FiltersForm({ state, visibles, t, action, raw }: Props) {
  const a = t.aValider;
  const f = a.filters;
  const statutLabel = (s: string) => (s in t.factures.statuts ? t.factures.statuts[s as keyof typeof t.factures.statuts] : s);
  return (
    <InvoiceFiltersForm
      action={action}
      resetHref={action}
      main={[
        { ...selectField("vue", a.vues.label, VUES, (v) => a.vues[v]), value: state.vue },
        textField("numero", f.numero),
        pageSizeField(f.pageSize, state.size),
      ]}
      statuts={visibles.map((s) => ({ value: s, label: statutLabel(s) }))}
      more={[
        dateField("depotDu", f.depotDu), dateField("depotAu", f.depotAu),
        dateField("factureDu", f.factureDu), dateField("factureAu", f.factureAu),
        selectField("cadre", f.cadre, CADRES_A_VALIDER, (c) => t.factures.cadres[c], f.any),
        amountField("ttcMin", f.ttcMin, f.amountHint), amountField("ttcMax", f.ttcMax, f.amountHint),
        textField("numeroMarche", f.numeroMarche),
      ]}
      values={{ filters: state.filters, raw: rawText(raw), errors: errorsOf(state.ignored, a.invalid) }}
      labels={f}
    />
  );
}
