"use client";

import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { format, type Messages } from "@/lib/i18n";

export type UploadedFile = { id: string; fileName: string; size: number; kind: string };
type Kind = "attachment" | "pdf" | "flux";

// The same limits as the server (lib/uploads/limits): checked here first so that a file that
// cannot pass is never sent at all; the server checks again whatever the browser did.
const MAX_MB: Record<Kind, number> = { attachment: 10, pdf: 10, flux: 30 };
const NAME_MAX = 50;

const sizeText = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1).replace(".", ",")} Mo` : `${Math.max(1, Math.round(n / 1000))} Ko`);

/**
 * A file picker that streams the chosen file to /api/uploads with a progress bar (XMLHttpRequest:
 * fetch has no upload progress). Reusable for PDFs, flux and attachments.
 */
export function UploadField(props: {
  kind: Kind;
  idStructureCPP: number;
  accept: string;
  label: string;
  hint?: string;
  t: Messages["depot"]["upload"];
  onUploaded: (file: UploadedFile | null) => void;
}) {
  const { t } = props;
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<UploadedFile | null>(null);

  function reset() {
    setDone(null);
    setError(null);
    props.onUploaded(null);
    if (input.current) input.current.value = "";
  }

  function send(file: File) {
    setError(null);
    const maxMb = MAX_MB[props.kind];
    if (file.size === 0) return setError(t.empty);
    if (file.size > maxMb * 1_000_000) return setError(format(t.tooLarge, { max: maxMb }));
    if ([...file.name].length > NAME_MAX) return setError(t.nameTooLong);
    const body = new FormData();
    body.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/uploads?kind=${props.kind}&structure=${props.idStructureCPP}`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100)); };
    xhr.onerror = () => { setPercent(null); setError(t.network); };
    xhr.onload = () => {
      setPercent(null);
      const res = xhr.response as (UploadedFile & { error?: string }) | null;
      if (xhr.status >= 200 && xhr.status < 300 && res?.id) {
        setDone(res);
        props.onUploaded(res);
      } else {
        setError(res?.error ?? t.failed);
        if (input.current) input.current.value = "";
      }
    };
    setPercent(0);
    xhr.send(body);
  }

  if (done) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Alert tone="success" live="status" className="grow">{format(t.done, { name: done.fileName, size: sizeText(done.size) })}</Alert>
        <Button type="button" variant="secondary" onClick={reset}>{t.another}</Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={inputId} className="font-medium">{props.label}</label>
      {props.hint ? <p id={hintId} className="text-sm text-muted-foreground">{props.hint}</p> : null}
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={props.accept}
        disabled={percent !== null}
        aria-describedby={[error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className="block w-full rounded-md border border-input p-2 text-sm file:me-3 file:rounded file:border-0 file:bg-primary file:px-3 file:py-1.5 file:text-primary-foreground"
        onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) send(f); }}
      />
      {percent !== null ? <Progress label={t.progress} value={percent} valueText={format(t.sending, { percent })} /> : null}
      {error ? <p id={errorId} role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
    </div>
  );
}
