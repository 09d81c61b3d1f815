"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Messages } from "@/lib/i18n";
import { enregistrerDelaiAction } from "../actions";

export function DelaySettingsForm({ idStructureCPP, days, t }: { idStructureCPP: number; days: number; t: Messages["recues"]["delay"] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ ok: boolean; text: string; errors?: Record<string, string[]> } | null>(null);
  return (
    <form className="flex flex-col gap-3" noValidate onSubmit={(e) => {
      e.preventDefault();
      const raw = String(new FormData(e.currentTarget).get("paymentDelayDays") ?? "").trim();
      start(async () => {
        const res = await enregistrerDelaiAction({ idStructureCPP, paymentDelayDays: raw === "" ? undefined : Number(raw) });
        if (!res.ok) return setState({ ok: false, text: res.error.message, errors: res.error.fieldErrors });
        setState({ ok: true, text: t.saved });
        router.refresh();
      });
    }}>
      <Field label={t.days} error={state?.errors?.paymentDelayDays}>
        <Input name="paymentDelayDays" type="number" inputMode="numeric" min={1} max={365} defaultValue={days} className="max-w-32" />
      </Field>
      {state ? <Alert tone={state.ok ? "success" : "danger"}>{state.text}</Alert> : null}
      <div><Button type="submit" disabled={pending}>{t.save}</Button></div>
    </form>
  );
}
