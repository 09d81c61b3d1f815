"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Spinner } from "@/components/ui/spinner";
import type { Messages } from "@/lib/i18n";
import { refreshSubmissionAction } from "../actions";
import type { SubmitOutcome } from "../_lib/submit";
import { fill } from "./fill";

const POLL_MS = 1500;

/** « En attente d'envoi » until the outbox has Chorus Pro's answer, then the answer itself. */
export function SubmissionStatus({ outcome, structure, onOutcome, t }: { outcome: SubmitOutcome; structure: number; onOutcome: (o: SubmitOutcome) => void; t: Messages["saisie"] }) {
  useEffect(() => {
    if (outcome.state !== "pending") return;
    const timer = setTimeout(async () => {
      const res = await refreshSubmissionAction({ idStructureCPP: structure, draftId: outcome.draftId });
      onOutcome(res.ok ? res.data : { state: "failed", draftId: outcome.draftId, message: res.error.message });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [outcome, structure, onOutcome]);

  if (outcome.state === "attaching") {
    return (
      <Alert tone="info" title={<span className="flex items-center gap-2"><Spinner decorative size="sm" />{t.attaching}</span>}>{t.attachingHint}</Alert>
    );
  }
  if (outcome.state === "pending") {
    return (
      <Alert tone="info" title={<span className="flex items-center gap-2"><Spinner decorative size="sm" />{t.pending}</span>}>{t.pendingHint}</Alert>
    );
  }
  if (outcome.state === "sent") {
    return (
      <Alert tone="success" title={t.deposee}>
        <p>{fill(t.deposeeDetail, { id: outcome.identifiantFactureCPP, statut: outcome.statutFacture ?? "DEPOSEE" })}</p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link className="text-primary underline" href={`/factures/emises/${outcome.identifiantFactureCPP}`}>{t.openInvoice}</Link>
          <Link className="text-primary underline" href={`/factures/emises/nouvelle?apres=${outcome.identifiantFactureCPP}`}>{t.another}</Link>
        </p>
      </Alert>
    );
  }
  if (outcome.state === "failed") {
    return <Alert tone="danger" title={t.refused}><p>{outcome.message}</p><p>{t.refusedHint}</p></Alert>;
  }
  return <Alert tone="danger" title={t.errorsSummary}>{outcome.message}</Alert>;
}
