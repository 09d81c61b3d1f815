"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Decision } from "@/lib/validations/factures-a-valider-decision";
import { decideAction, decisionStatusAction } from "../actions";

const POLL_MS = 1500;
const POLLS = 20;

export type DecisionState =
  | { phase: "idle" }
  | { phase: "queued"; decision: Decision }
  | { phase: "sent"; decision: Decision; statutFacture?: string }
  | { phase: "pending"; decision: Decision }
  | { phase: "failed"; message: string; fieldErrors: Record<string, string[]> };

/**
 * Sends a decision (« En attente d'envoi » at once), then follows the outbox until Chorus Pro
 * answered. A new requestId per attempt after a failure, the same one while it is queued.
 */
export function useDecision(idFacture: number, idStructureCPP: number) {
  const [state, setState] = useState<DecisionState>({ phase: "idle" });
  const requestId = useRef<string>("");
  const alive = useRef(true);
  // The panel is keyed by invoice: one hook instance per invoice, so no reset is needed here.
  useEffect(() => {
    alive.current = true;
    return () => { alive.current = false; };
  }, []);

  const send = useCallback(async (decision: Decision, motifRefus?: string, complementInfo?: string) => {
    if (!requestId.current) requestId.current = crypto.randomUUID();
    setState({ phase: "queued", decision });
    const res = await decideAction({ idFacture, idStructureCPP, requestId: requestId.current, decision, motifRefus: motifRefus || undefined, complementInfo: complementInfo || undefined });
    if (!alive.current) return;
    if (!res.ok) {
      requestId.current = "";
      setState({ phase: "failed", message: res.error.message, fieldErrors: res.error.fieldErrors ?? {} });
      return;
    }
    let outcome = res.data;
    for (let i = 0; outcome.status === "pending" && i < POLLS; i++) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!alive.current) return;
      const next = await decisionStatusAction({ idStructureCPP, outboxId: outcome.outboxId });
      if (!alive.current) return;
      if (!next.ok) {
        requestId.current = "";
        setState({ phase: "failed", message: next.error.message, fieldErrors: {} });
        return;
      }
      outcome = next.data;
    }
    setState(outcome.status === "sent" ? { phase: "sent", decision, ...(outcome.statutFacture ? { statutFacture: outcome.statutFacture } : {}) } : { phase: "pending", decision });
  }, [idFacture, idStructureCPP]);

  return { state, send };
}
