import { InvoiceFiltersForm } from "@/components/factures/filters/invoice-filters-form";
import { errorsOf, invoiceCriteria, pageSizeField, rawText, selectField, siretField, textField } from "@/components/factures/filters/criteria";
import { STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import type { ListState, RawParams } from "@/lib/validations/factures-emises-search";

const TYPES = ["FACTURE", "AVOIR", "ACOMPTE"] as const;
const MODES = ["SAISIE_API", "DEPOT_PDF_API", "DEPOT_PDF_SIGNE_API", "EDI", "UPLOAD_API", "SAISIE_PORTAIL", "DEPOT_PDF_PORTAIL", "UPLOAD_PORTAIL"] as const;

/** The supplier's search form: recipient and service first, then how the invoice was deposited. */
export function FiltersForm({ state, t, action, raw }: { state: ListState; t: Messages; action: string; raw: RawParams }) {
  const f = t.factures.filters;
  // A structure named in the URL stays through searches and reset.
  const structure = state.structure !== undefined ? String(state.structure) : undefined;
  return (
    <InvoiceFiltersForm
      action={action}
      resetHref={structure !== undefined ? `${action}?structure=${structure}` : action}
      hidden={{ structure }}
      main={[
        textField("numero", f.numero),
        siretField("destinataire", f.destinataire, f.destinataireHint),
        textField("service", f.service),
        pageSizeField(t.factures.list.pageSize, state.size),
      ]}
      statuts={STATUTS_FACTURE.map((s) => ({ value: s, label: t.factures.statuts[s] }))}
      more={invoiceCriteria(t.factures, { types: TYPES, last: selectField("modeDepot", f.modeDepot, MODES, (v) => t.factures.modesDepot[v], f.any) })}
      values={{ filters: state.filters, raw: rawText(raw), errors: errorsOf(state.ignored, t.factures.invalid) }}
      labels={f}
    />
  );
}
