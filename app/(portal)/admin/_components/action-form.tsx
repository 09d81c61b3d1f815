"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult } from "@/lib/actions/result";

export type FieldSpec =
  | { name: string; label: string; hint?: string; type: "text" | "email" | "password" | "number"; required?: boolean; autoComplete?: string }
  | { name: string; label: string; hint?: string; type: "select"; options: { value: string; label: string }[]; required?: boolean }
  | { name: string; label: string; hint?: string; type: "checkboxes"; options: { value: string; label: string }[]; required?: boolean };

function successText(data: unknown, success: string, empty?: { key: string; text: string }): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data && typeof data === "object" ? data : {})) {
    if (Array.isArray(v)) {
      if (empty?.key === k && v.length === 0) return empty.text;
      values.n = v.length;
      values.list = v.join(", ");
    } else if (typeof v === "string" || typeof v === "number") values[k] = v;
  }
  return success.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));
}

/**
 * One small form per admin action: builds the input from the fields (checkbox groups become
 * arrays), calls the server action and shows its errors beside the fields.
 */
export function ActionForm<T>({ action, hidden = {}, fields, submit, success, successWhenEmpty, variant = "primary", label, refresh = true }: {
  action: (input: unknown) => Promise<ActionResult<T>>;
  hidden?: Record<string, unknown>;
  fields: FieldSpec[];
  submit: string;
  /** shown on success; {key} placeholders take the result's values (a list gives {n} and {list}) */
  success: string;
  /** shown instead when the result's list named `key` is empty */
  successWhenEmpty?: { key: string; text: string };
  variant?: "primary" | "secondary" | "danger";
  label?: string;
  /** false where refreshing would remove the form, and its message, from the page (a retried row) */
  refresh?: boolean;
}) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [msg, setMsg] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [busy, start] = useTransition();
  const router = useRouter();

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const input: Record<string, unknown> = { ...hidden };
    for (const f of fields) input[f.name] = f.type === "checkboxes" ? fd.getAll(f.name).map(String) : String(fd.get(f.name) ?? "");
    setMsg(null);
    start(async () => {
      const r = await action(input);
      if (!r.ok) { setErrors(r.error.fieldErrors ?? {}); setMsg({ tone: "danger", text: r.error.message }); return; }
      setErrors({});
      setMsg({ tone: "success", text: successText(r.data, success, successWhenEmpty) });
      if (fields.some((f) => f.type === "password")) form.reset();
      if (refresh) router.refresh();
    });
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={label ?? submit} noValidate>
      {fields.map((f) => (
        <Field key={f.name} label={f.label} hint={f.hint} error={errors[f.name]} required={f.required} group={f.type === "checkboxes"}>
          {f.type === "checkboxes" ? (
            <div className="flex flex-wrap gap-4">{f.options.map((o) => (
              <label key={o.value} className="flex items-center gap-2"><input type="checkbox" name={f.name} value={o.value} className="size-4" />{o.label}</label>
            ))}</div>
          ) : f.type === "select" ? (
            <NativeSelect name={f.name}>{f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</NativeSelect>
          ) : (
            <Input name={f.name} type={f.type === "number" ? "text" : f.type} inputMode={f.type === "number" ? "numeric" : undefined} autoComplete={"autoComplete" in f ? f.autoComplete : "off"} />
          )}
        </Field>
      ))}
      <div><Button type="submit" variant={variant} disabled={busy}>{submit}</Button></div>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
    </form>
  );
}
