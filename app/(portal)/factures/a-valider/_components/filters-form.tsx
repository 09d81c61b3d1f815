import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { Messages } from "@/lib/i18n";
import { CADRES_A_VALIDER, PAGE_SIZES, VUES, type ListState } from "@/lib/validations/factures-a-valider-search";

type Props = { state: ListState; visibles: string[]; t: Messages; action: string; raw: Record<string, string | undefined> };

/** A plain GET form: works without JavaScript, and the URL carries the filters. */
export function FiltersForm({ state, visibles, t, action, raw }: Props) {
  const a = t.aValider;
  const f = a.filters;
  const errors = Object.fromEntries(state.ignored.map((i) => [i.name, a.invalid[i.kind]]));
  // A rejected value stays in its field so that the person can correct it.
  const value = (name: Exclude<keyof typeof state.filters, "statut">) => state.filters[name] ?? raw[name] ?? "";
  const text = (name: Exclude<keyof typeof state.filters, "statut" | "cadre">, label: string, opts: { hint?: string; type?: string; inputMode?: "decimal" } = {}) => (
    <Field label={label} hint={opts.hint} error={errors[name]}>
      <Input name={name} type={opts.type ?? "text"} inputMode={opts.inputMode} defaultValue={value(name)} />
    </Field>
  );
  const selected = new Set<string>(state.filters.statut ?? []);
  const moreOpen = ["depotDu", "depotAu", "factureDu", "factureAu", "cadre", "ttcMin", "ttcMax", "numeroMarche"].some((k) => k in state.filters || k in errors);
  const statutLabel = (s: string) => (s in t.factures.statuts ? t.factures.statuts[s as keyof typeof t.factures.statuts] : s);
  return (
    <form method="get" action={action} role="search" aria-label={f.title} className="flex flex-col gap-4 rounded-lg border border-border p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field label={a.vues.label}>
          <NativeSelect name="vue" defaultValue={state.vue}>
            {VUES.map((v) => <option key={v} value={v}>{a.vues[v]}</option>)}
          </NativeSelect>
        </Field>
        {text("numero", f.numero)}
        <Field label={f.pageSize}>
          <NativeSelect name="taille" defaultValue={String(state.size)}>
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </NativeSelect>
        </Field>
      </div>
      <details open={selected.size > 0 || "statut" in errors} className="rounded-md border border-border p-3">
        <summary className="cursor-pointer font-medium">{f.statuts}{selected.size ? ` (${selected.size})` : ""}</summary>
        <Field group label={f.statuts} hint={f.statutsHint} error={errors.statut} className="mt-3">
          <div className="grid gap-1 sm:grid-cols-2">
            {visibles.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="statut" value={s} defaultChecked={selected.has(s)} className="size-4 accent-primary" />
                {statutLabel(s)}
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
          <Field label={f.cadre} error={errors.cadre}>
            <NativeSelect name="cadre" defaultValue={state.filters.cadre ?? ""}>
              <option value="">{f.any}</option>
              {CADRES_A_VALIDER.map((c) => <option key={c} value={c}>{t.factures.cadres[c]}</option>)}
            </NativeSelect>
          </Field>
          {text("ttcMin", f.ttcMin, { hint: f.amountHint, inputMode: "decimal" })}
          {text("ttcMax", f.ttcMax, { hint: f.amountHint, inputMode: "decimal" })}
          {text("numeroMarche", f.numeroMarche)}
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="submit"><Search aria-hidden="true" />{f.submit}</Button>
        <Link href={action} className={buttonVariants({ variant: "secondary" })}>{f.reset}</Link>
      </div>
    </form>
  );
}
