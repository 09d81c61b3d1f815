import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";

/**
 * One control of a list's search form, described by data so that each space lists its fields and
 * the form draws them the same way. The control's name is the URL parameter's.
 */
export type FilterFieldSpec = {
  name: string;
  label: string;
  hint?: string;
  /** The keyboard and picker: a date, an amount (decimal keyboard), digits (SIRET). Text by default. */
  input?: "date" | "decimal" | "numeric";
  /** A select instead of a text input; `any` adds a first empty option that means "no filter". */
  options?: readonly { value: string; label: string }[];
  any?: string;
  /** A value that is not a filter's (view, page size); filters take theirs from the URL. */
  value?: string;
};

export type FilterValues = {
  /** The filters the server kept, by name. */
  filters: Record<string, unknown>;
  /** The URL's values as typed, so that a rejected one stays in its field to be corrected. */
  raw: Record<string, string | undefined>;
  /** The message beside each rejected field, by name. */
  errors: Record<string, string | undefined>;
};

export function valueOf(name: string, { filters, raw }: Pick<FilterValues, "filters" | "raw">): string {
  const v = filters[name];
  return typeof v === "string" ? v : (raw[name] ?? "");
}

export function FilterField({ spec, values }: { spec: FilterFieldSpec; values: FilterValues }) {
  const { name, label, hint, input, options, any } = spec;
  const value = spec.value ?? valueOf(name, values);
  return (
    <Field label={label} hint={hint} error={values.errors[name]}>
      {options ? (
        <NativeSelect name={name} defaultValue={value}>
          {any !== undefined ? <option value="">{any}</option> : null}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </NativeSelect>
      ) : (
        <Input name={name} type={input === "date" ? "date" : "text"} inputMode={input === "date" ? undefined : input} defaultValue={value} />
      )}
    </Field>
  );
}

// Static class names (Tailwind reads them from the source): the first row holds 3 or 4 fields.
const COLUMNS = { 3: "lg:grid-cols-3", 4: "lg:grid-cols-4" } as const;

export function FilterGrid({ fields, values, columns = 4, className }: { fields: readonly FilterFieldSpec[]; values: FilterValues; columns?: 3 | 4; className?: string }) {
  return (
    <div className={`grid gap-4 sm:grid-cols-2 ${COLUMNS[columns]}${className ? ` ${className}` : ""}`}>
      {fields.map((f) => <FilterField key={f.name} spec={f} values={values} />)}
    </div>
  );
}
