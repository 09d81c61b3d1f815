"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n";
import type { FluxCheck } from "../_lib/flux-checks";
import { checkFluxAction, depositFluxAction } from "../flux/actions";
import { FluxCheckReport } from "./flux-check-report";
import { UploadField, type UploadedFile } from "@/components/factures/upload-field";

// ".gz" too: some browsers match only the last extension, and would grey out "lot.tar.gz".
const ACCEPT = ".xml,.pdf,.zip,.tar.gz,.tgz,.gz,application/xml,text/xml,application/pdf,application/zip,application/gzip,application/x-gzip,application/x-tar,application/x-compressed-tar";

export function FluxDepositForm({ idStructureCPP, t }: { idStructureCPP: number; t: Messages["depot"] }) {
  const router = useRouter();
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [check, setCheck] = useState<FluxCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const ready = check !== null && check.syntaxeFlux !== null && check.issues.length === 0 && check.documents.every((d) => d.issues.length === 0);

  function runCheck(file: UploadedFile) {
    setError(null);
    start(async () => {
      const res = await checkFluxAction({ uploadId: file.id, idStructureCPP });
      if (res.ok) setCheck(res.data);
      else setError(res.error.message);
    });
  }

  function deposit() {
    if (!upload) return;
    setError(null);
    start(async () => {
      const res = await depositFluxAction({ uploadId: upload.id, idStructureCPP });
      if (res.ok) router.push(`/factures/emises/deposer/flux/${res.data.depositId}`);
      else setError(res.error.message);
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <UploadField
        kind="flux" idStructureCPP={idStructureCPP} accept={ACCEPT} label={t.upload.label} hint={t.flux.hint} t={t.upload}
        onUploaded={(f) => { setUpload(f); setCheck(null); if (f) runCheck(f); }}
      />
      {pending && !check ? <p role="status">{t.flux.checking}</p> : null}
      {check ? <FluxCheckReport check={check} t={t.flux} /> : null}
      {check && !ready ? <Alert tone="warning" live="none">{t.flux.fix}</Alert> : null}
      {ready ? <Alert tone="success" live="status">{t.flux.allGood}</Alert> : null}
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {ready ? (
        <div>
          <Button type="button" onClick={deposit} disabled={pending}>{pending ? t.flux.depositing : t.flux.deposit}</Button>
        </div>
      ) : null}
    </div>
  );
}
