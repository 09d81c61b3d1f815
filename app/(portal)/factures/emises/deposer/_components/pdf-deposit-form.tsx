"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { format, type Messages } from "@/lib/i18n";
import { submitPdfAction, type PdfDepositState } from "../pdf/actions";
import { UploadField, type UploadedFile } from "@/components/factures/upload-field";

const FIELDS = ["siretDestinataire", "codeServiceExecutant", "numeroEngagement", "numeroFacture", "dateFacture", "montantHT", "montantTVA", "montantTTC"] as const;
type FieldName = (typeof FIELDS)[number];

export function PdfDepositForm({ idStructureCPP, t }: { idStructureCPP: number; t: Messages["depot"] }) {
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [state, setState] = useState<PdfDepositState | null>(null);
  const [pending, start] = useTransition();
  const p = t.pdf;
  const labels: Record<FieldName, { label: string; hint?: string; type?: string; required?: boolean }> = {
    siretDestinataire: { label: p.recipient, hint: p.recipientHint, required: true },
    codeServiceExecutant: { label: p.service, hint: p.serviceHint },
    numeroEngagement: { label: p.engagement, hint: p.engagementHint },
    numeroFacture: { label: p.number, required: true },
    dateFacture: { label: p.date, type: "date", required: true },
    montantHT: { label: p.ht, hint: p.amountHint, required: true },
    montantTVA: { label: p.tva, hint: p.amountHint, required: true },
    montantTTC: { label: p.ttc, hint: p.amountHint, required: true },
  };

  function submit(form: HTMLFormElement) {
    setMessage(null);
    if (!upload) return setMessage(p.needFile);
    const data = new FormData(form);
    const input = { uploadId: upload.id, idStructureCPP, ...Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? "")])) };
    start(async () => {
      // « attaching » / « queued »: the outbox has not answered yet; asking again is safe (dedup keys).
      for (let attempt = 0; attempt < 10; attempt++) {
        const res = await submitPdfAction(input);
        if (!res.ok) {
          setErrors(res.error.fieldErrors ?? {});
          setMessage(res.error.message);
          setState(null);
          return;
        }
        setErrors({});
        setState(res.data);
        if (res.data.stage === "sent") return;
        await new Promise((r) => setTimeout(r, 1500));
      }
    });
  }

  if (state?.stage === "sent") {
    return (
      <Alert tone="success" title={format(p.sent, { numero: state.numeroFacture, statut: state.statut ?? "—" })}>
        {state.identifiantFactureCPP ? <Link className="underline" href={`/factures/emises/${state.identifiantFactureCPP}`}>{p.open}</Link> : null}
      </Alert>
    );
  }
  return (
    <form noValidate className="flex max-w-2xl flex-col gap-4" onSubmit={(e) => { e.preventDefault(); submit(e.currentTarget); }}>
      <UploadField kind="pdf" idStructureCPP={idStructureCPP} accept=".pdf,application/pdf" label={t.upload.label} hint={p.hint} t={t.upload} onUploaded={setUpload} />
      {FIELDS.map((name) => (
        <Field key={name} label={labels[name].label} hint={labels[name].hint} error={errors[name]} required={labels[name].required}>
          <Input name={name} type={labels[name].type ?? "text"} inputMode={name.startsWith("montant") || name === "siretDestinataire" ? "decimal" : undefined} />
        </Field>
      ))}
      {state ? <Alert tone="info" title={p.queued}>{state.stage === "attaching" ? p.attaching : null}</Alert> : null}
      {message ? <Alert tone="danger" title={p.failed}>{message}</Alert> : null}
      <div><Button type="submit" disabled={pending}>{pending ? p.submitting : p.submit}</Button></div>
    </form>
  );
}
