import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { CADRES_FACTURATION, STATUTS_FACTURE } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import { PAGE_SIZES, type ListState } from "@/lib/validations/factures-emises-search";

const TYPES = ["FACTURE", "AVOIR", "ACOMPTE"] as const;
const MODES = ["SAISIE_API", "DEPOT_PDF_API", "DEPOT_PDF_SIGNE_API", "EDI", "UPLOAD_API", "SAISIE_PORTAIL", "DEPOT_PDF_PORTAIL", "UPLOAD_PORTAIL"] as const;

/**
 * The search form: a plain GET form, so it works without JavaScript and the URL carries the
 * filters. Values the server ignored show their message beside the field.
 */
export function FiltersForm({ state, t, action, raw }: { state: ListState; t: Messages; action: string; raw: Record<string, string | undefined> }) {
  const f = t.factures.filters;
  const errors = Object.fromEntries(state.ignored.map((i) => [i.name, t.factures.invalid[i.kind]]));
  // A rejected value stays in its field so that the person can correct it.
  const value = (name: keyof typeof state.filters) => {
    const v = state.filters[name];
    return typeof v === "string" ? v : (raw[name] ?? "");
  };
  const text = (name: keyof typeof state.filters, label: string, opts: { hint?: string; type?: string; inputMode?: "decimal" | "numeric" } = {}) => (
    <Field label={label} hint={opts.hint} error={errors[name]}>
      <Input name={name} type={opts.type ?? "text"} inputMode={opts.inputMode} defaultValue={value(name)} />
    </Field>
  );
  const selected = new Set(state.filters.statut ?? []);
  const main = ["numero", "statut", "destinataire", "service", "page", "tri", "structure"];
  const moreOpen = Object.keys(state.filters).some((k) => !main.includes(k)) || state.ignored.some((i) => !main.includes(i.name));
  return (
    <form method="get" action={action} role="search" aria-label={f.title} className="flex flex-col gap-4 rounded-lg border border-border p-4">
      {state.structure !== undefined ? <input type="hidden" name="structure" value={state.structure} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {text("numero", f.numero)}
        {text("destinataire", f.destinataire, { hint: f.destinataireHint, inputMode: "numeric" })}
        {text("service", f.service)}
        <Field label={t.factures.list.pageSize}>
          <NativeSelect name="taille" defaultValue={String(state.size)}>
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </NativeSelect>
        </Field>
      </div>
      <details open={selected.size > 0} className="rounded-md border border-border p-3">
        <summary className="cursor-pointer font-medium">{f.statuts}{selected.size ? ` (${selected.size})` : ""}</summary>
        <Field group label={f.statuts} hint={f.statutsHint} error={errors.statut} className="mt-3">
          <div className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
            {STATUTS_FACTURE.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="statut" value={s} defaultChecked={selected.has(s)} className="size-4 accent-primary" />
                {t.factures.statuts[s]}
              </label>
            ))}
          </div>
        </Field>
      </details>
      <details open={moreOpen} className="rounded-md border border-border p-3">
        <summary className="cursor-pointer font-medium">{f.more}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {text("depotDu", f.depotDu, { type: "date" })}
          {text("depotAu", f.depotAu, { type: "date" })}
          {text("factureDu", f.factureDu, { type: "date" })}
          {text("factureAu", f.factureAu, { type: "date" })}
          {text("etatDu", f.etatDu, { type: "date" })}
          {text("etatAu", f.etatAu, { type: "date" })}
          <Field label={f.type} error={errors.type}>
            <NativeSelect name="type" defaultValue={state.filters.type ?? ""}>
              <option value="">{f.any}</option>
              {TYPES.map((v) => <option key={v} value={v}>{t.factures.typesFacture[v]}</option>)}
            </NativeSelect>
          </Field>
          <Field label={f.cadre} error={errors.cadre}>
            <NativeSelect name="cadre" defaultValue={state.filters.cadre ?? ""}>
              <option value="">{f.any}</option>
              {CADRES_FACTURATION.map((v) => <option key={v} value={v}>{t.factures.cadres[v]}</option>)}
            </NativeSelect>
          </Field>
          {text("htMin", f.htMin, { hint: f.amountHint, inputMode: "decimal" })}
          {text("htMax", f.htMax, { hint: f.amountHint, inputMode: "decimal" })}
          {text("ttcMin", f.ttcMin, { hint: f.amountHint, inputMode: "decimal" })}
          {text("ttcMax", f.ttcMax, { hint: f.amountHint, inputMode: "decimal" })}
          {text("numeroMarche", f.numeroMarche)}
          {text("numeroBonCommande", f.numeroBonCommande)}
          <Field label={f.modeDepot} error={errors.modeDepot}>
            <NativeSelect name="modeDepot" defaultValue={state.filters.modeDepot ?? ""}>
              <option value="">{f.any}</option>
              {MODES.map((v) => <option key={v} value={v}>{t.factures.modesDepot[v]}</option>)}
            </NativeSelect>
          </Field>
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="submit"><Search aria-hidden="true" />{f.submit}</Button>
        <Link href={state.structure !== undefined ? `${action}?structure=${state.structure}` : action} className={buttonVariants({ variant: "secondary" })}>
          {f.reset}
        </Link>
      </div>
    </form>
  );
}
