"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/result";

export type SendTexts = { queued: string; done: string; failed: string };
type Sent = { outboxId: string; status: "sent" | "pending"; idFactureTravaux?: number | undefined };

/**
 * Runs a works action: « En attente d'envoi » while the outbox sends it, then Chorus Pro's outcome
 * (polling the envoi route past the action's own short wait), then refreshes the page.
 */
export function useSend(idStructureCPP: number, t: SendTexts, onSent?: (s: Sent) => void) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ tone: "info" | "success" | "danger"; text: string; errors?: Record<string, string[]> } | null>(null);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  function run(call: (requestId: string) => Promise<ActionResult<Sent>>) {
    setState({ tone: "info", text: t.queued });
    start(async () => {
      const res = await call(requestId);
      if (!res.ok) { setState({ tone: "danger", text: res.error.message, errors: res.error.fieldErrors }); return; }
      let sent: Sent = res.data;
      for (let i = 0; sent.status !== "sent" && i < 40; i++) {
        await new Promise((r) => setTimeout(r, 1500));
        const poll = await fetch(`/api/factures/travaux/envois/${sent.outboxId}?structure=${idStructureCPP}`).then((r) => r.json() as Promise<{ status: string; message?: string; idFactureTravaux?: number }>).catch(() => null);
        if (poll?.status === "failed") { setState({ tone: "danger", text: poll.message ?? t.failed }); setRequestId(crypto.randomUUID()); return; }
        if (poll?.status === "sent") sent = { ...sent, status: "sent", idFactureTravaux: poll.idFactureTravaux ?? sent.idFactureTravaux };
      }
      if (sent.status !== "sent") return;
      setState({ tone: "success", text: t.done });
      setRequestId(crypto.randomUUID());
      onSent?.(sent);
      router.refresh();
    });
  }
  const message = state ? <Alert tone={state.tone} title={state.tone === "danger" ? t.failed : undefined}>{state.text}</Alert> : null;
  return { run, pending, message, succeeded: state?.tone === "success", errors: state?.errors ?? {} };
}
