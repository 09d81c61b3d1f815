import { InvoiceFiltersForm } from "@/components/factures/filters/invoice-filters-form";
import { amountField, errorsOf, invoiceCriteria, pageSizeField, rawText, selectField, siretField, textField } from "@/components/factures/filters/criteria";
import { STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import { TYPES_RECUS, type ListState, type RawParams } from "@/lib/validations/factures-recues-search";

/** The recipient's search form: supplier first, then the net to pay and whether it was downloaded. */
export function FiltersForm({ state, t, action, raw }: { state: ListState; t: Messages; action: string; raw: RawParams }) {
  const f = t.factures.filters;
  const r = t.recues.filters;
  // The view stays through searches and reset.
  const vue = state.view !== "toutes" ? state.view : undefined;
  return (
    <InvoiceFiltersForm
      action={action}
      resetHref={vue !== undefined ? `${action}?vue=${vue}` : action}
      hidden={{ vue }}
      main={[
        textField("numero", f.numero),
        siretField("fournisseur", r.fournisseur, r.fournisseurHint),
        textField("service", r.service),
        pageSizeField(t.factures.list.pageSize, state.size),
      ]}
      statuts={STATUTS_FACTURE.map((s) => ({ value: s, label: t.factures.statuts[s] }))}
      more={invoiceCriteria(t.factures, {
        types: TYPES_RECUS,
        amounts: [amountField("apayerMin", r.apayerMin, f.amountHint), amountField("apayerMax", r.apayerMax, f.amountHint)],
        last: selectField("telechargee", r.telechargee, ["oui", "non"] as const, (v) => (v === "oui" ? r.telechargeeOui : r.telechargeeNon), f.any),
      })}
      values={{ filters: state.filters, raw: rawText(raw), errors: errorsOf(state.ignored, t.factures.invalid) }}
      labels={f}
    />
  );
}
