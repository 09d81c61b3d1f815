"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n";
import { UploadField, type UploadedFile } from "@/components/factures/upload-field";
import { completerAction, corrigerValideurAction, traiterRejetAction } from "../actions/supplier-actions";

type Props = { idFacture: number; idStructureCPP: number; t: Messages["depot"]["actions"]; upload: Messages["depot"]["upload"] };
type Outcome = { status: string };

/** Runs an action until Chorus Pro answered (« En attente d'envoi » meanwhile), then refreshes the page. */
function useFollowUp(t: Props["t"]) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ tone: "info" | "success" | "danger"; text: string; errors?: Record<string, string[]> } | null>(null);
  const [requestId] = useState(() => crypto.randomUUID());
  function run(call: (requestId: string) => Promise<ActionResult<Outcome>>) {
    setState({ tone: "info", text: t.queued });
    start(async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const res = await call(requestId);
        if (!res.ok) return setState({ tone: "danger", text: res.error.message, errors: res.error.fieldErrors });
        if (res.data.status === "sent") {
          // The new status may withdraw this form: the outcome travels in the URL and the page shows it.
          setState(null);
          const q = new URLSearchParams(window.location.search);
          q.set("fait", "1");
          router.replace(`${window.location.pathname}?${q.toString()}`, { scroll: false });
          return;
        }
        setState({ tone: "info", text: t.queued });
        await new Promise((r) => setTimeout(r, 1500));
      }
    });
  }
  const message = state ? <Alert tone={state.tone} title={state.tone === "danger" ? t.failed : undefined}>{state.text}</Alert> : null;
  return { run, pending, message, errors: state?.errors ?? {} };
}

export function SupplierActionCompleter({ idFacture, idStructureCPP, t, upload }: Props) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [slot, setSlot] = useState(0);
  const { run, pending, message, errors } = useFollowUp(t);
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => {
      e.preventDefault();
      const commentaire = String(new FormData(e.currentTarget).get("commentaire") ?? "");
      run((requestId) => completerAction({ idFacture, idStructureCPP, requestId, commentaire, uploadIds: files.map((f) => f.id) }));
    }}>
      <h3 className="font-bold">{t.complete}</h3>
      <p className="text-sm text-muted-foreground">{t.completeHint}</p>
      {files.length > 0 ? <ul className="list-disc ps-6">{files.map((f) => <li key={f.id}>{f.fileName}</li>)}</ul> : null}
      <UploadField key={slot} kind="attachment" idStructureCPP={idStructureCPP} accept=".pdf,.xml,.jpg,.jpeg,.png,.tif,.tiff,.txt,.csv,.odt,.ods,.doc,.docx,.xls,.xlsx,.zip"
        label={t.attachments} t={upload} onUploaded={(f) => { if (f) { setFiles((l) => [...l, f]); setSlot((n) => n + 1); } }} />
      <Field label={t.comment} error={errors.commentaire}>
        <Textarea name="commentaire" maxLength={255} rows={3} />
      </Field>
      {message}
      <div><Button type="submit" disabled={pending}>{pending ? t.sending : t.send}</Button></div>
    </form>
  );
}

export function SupplierActionTraiterRejet({ idFacture, idStructureCPP, t }: Props) {
  const { run, pending, message } = useFollowUp(t);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted-foreground">{t.treatRejectHint}</p>
      {message}
      <div>
        <Button type="button" disabled={pending} onClick={() => run((requestId) => traiterRejetAction({ idFacture, idStructureCPP, requestId }))}>
          {pending ? t.sending : t.treatReject}
        </Button>
      </div>
    </div>
  );
}

export function SupplierActionCorrigerValideur({ idFacture, idStructureCPP, t }: Props) {
  const { run, pending, message, errors } = useFollowUp(t);
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => {
      e.preventDefault();
      const siretValideur = String(new FormData(e.currentTarget).get("siretValideur") ?? "");
      run((requestId) => corrigerValideurAction({ idFacture, idStructureCPP, requestId, siretValideur }));
    }}>
      <h3 className="font-bold">{t.correctValidator}</h3>
      <p className="text-sm text-muted-foreground">{t.correctValidatorHint}</p>
      <Field label={t.validatorSiret} error={errors.siretValideur} required>
        <Input name="siretValideur" inputMode="numeric" autoComplete="off" />
      </Field>
      {message}
      <div><Button type="submit" disabled={pending}>{pending ? t.sending : t.correctValidator}</Button></div>
    </form>
  );
}
