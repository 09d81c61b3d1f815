"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { creerServiceAction } from "../actions";
import type { WriteOutcome } from "./outcome";
import { useWritePoll } from "./use-write-poll";

type T = { title: string; submit: string; code: string; codeHelp: string; libelle: string; description: string; numeroEj: string; done: string; pending: string; failed: string };

export function CreateServiceForm({ idStructureCPP, t }: { idStructureCPP: number; t: T }) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [msg, setMsg] = useState<{ tone: "success" | "info" | "danger"; text: string } | null>(null);
  const [busy, start] = useTransition();
  const router = useRouter();
  const poll = useWritePoll();

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const form = e.currentTarget;
    const input = { idStructureCPP, codeService: String(fd.get("codeService") ?? ""), libelle: String(fd.get("libelle") ?? ""), description: String(fd.get("description") ?? ""), numeroEj: String(fd.get("numeroEj") ?? "") };
    // « En attente d'envoi » until Chorus Pro answers: at once, or later through the poll.
    const show = (r: ActionResult<WriteOutcome>) => {
      if (!r.ok) { setErrors(r.error.fieldErrors ?? {}); return setMsg({ tone: "danger", text: r.error.message }); }
      setErrors(r.data.fieldErrors ?? {});
      if (r.data.status === "sent") { setMsg({ tone: "success", text: t.done.replace("{code}", input.codeService) }); form.reset(); router.refresh(); }
      else if (r.data.status === "failed") setMsg({ tone: "danger", text: r.data.fieldErrors ? (r.data.message ?? "") : `${t.failed} ${r.data.message ?? ""}` });
      else {
        setMsg({ tone: "info", text: t.pending });
        if (r.data.id) poll(idStructureCPP, r.data.id, show);
      }
    };
    setMsg({ tone: "info", text: t.pending });
    start(async () => show(await creerServiceAction(input)));
  };

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" aria-label={t.title} noValidate>
      <Field label={t.code} hint={t.codeHelp} error={errors.codeService} required><Input name="codeService" autoComplete="off" /></Field>
      <Field label={t.libelle} error={errors.libelle} required><Input name="libelle" autoComplete="off" /></Field>
      <Field label={t.description} error={errors.description}><Input name="description" autoComplete="off" /></Field>
      <Field label={t.numeroEj} error={errors.numeroEj}><Input name="numeroEj" autoComplete="off" /></Field>
      <div className="sm:col-span-2"><Button type="submit" disabled={busy}>{t.submit}</Button></div>
      {msg ? <div className="sm:col-span-2"><Alert tone={msg.tone}>{msg.text}</Alert></div> : null}
    </form>
  );
}
