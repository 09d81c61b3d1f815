import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Field } from "@/components/ui/field";
import { FilterGrid, type FilterFieldSpec, type FilterValues } from "./filter-field";

export type FiltersFormLabels = { title: string; statuts: string; statutsHint: string; more: string; submit: string; reset: string };

type Props = {
  /** The list's path: the form GETs it, so the URL carries the filters (works without JavaScript). */
  action: string;
  /** Where « Réinitialiser » leads: the list with what is not a filter kept (structure, view). */
  resetHref: string;
  /** Parameters that are not fields but must survive a search (structure, view). */
  hidden?: Record<string, string | undefined>;
  /** First row, always shown; `more`, in a « Plus de critères » section open when one is used. */
  main: readonly FilterFieldSpec[];
  more: readonly FilterFieldSpec[];
  /** The statuses offered as checkboxes (several may be ticked: repeated `statut`). */
  statuts: readonly { value: string; label: string }[];
  values: FilterValues;
  labels: FiltersFormLabels;
};

/** The search form of an invoice list: first row, statuses, more criteria, submit and reset. */
export function InvoiceFiltersForm({ action, resetHref, hidden = {}, main, more, statuts, values, labels }: Props) {
  const used = (name: string) => name in values.filters || values.errors[name] !== undefined;
  const selected = new Set(Array.isArray(values.filters.statut) ? values.filters.statut.map(String) : []);
  return (
    <form method="get" action={action} role="search" aria-label={labels.title} className="flex flex-col gap-4 rounded-lg border border-border p-4">
      {Object.entries(hidden).map(([name, value]) => (value !== undefined ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <FilterGrid fields={main} values={values} columns={main.length === 3 ? 3 : 4} />
      {/* Open when a status is ticked or one was rejected, so that its message shows. */}
      <details open={selected.size > 0 || used("statut")} className="rounded-md border border-border p-3">
        <summary className="cursor-pointer font-medium">{labels.statuts}{selected.size ? ` (${selected.size})` : ""}</summary>
        <Field group label={labels.statuts} hint={labels.statutsHint} error={values.errors.statut} className="mt-3">
          <div className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
            {statuts.map((s) => (
              <label key={s.value} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="statut" value={s.value} defaultChecked={selected.has(s.value)} className="size-4 accent-primary" />
                {s.label}
              </label>
            ))}
          </div>
        </Field>
      </details>
      <details open={more.some((f) => used(f.name))} className="rounded-md border border-border p-3">
        <summary className="cursor-pointer font-medium">{labels.more}</summary>
        <FilterGrid fields={more} values={values} className="mt-3" />
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="submit"><Search aria-hidden="true" />{labels.submit}</Button>
        <Link href={resetHref} className={buttonVariants({ variant: "secondary" })}>{labels.reset}</Link>
      </div>
    </form>
  );
}
