"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { modifierParametresEdiAction } from "../actions";
import type { WriteOutcome } from "./outcome";
import { useWritePoll } from "./use-write-poll";

type T = { reception: string; receptionHelp: string; connexion: string; connexionHelp: string; save: string; pending: string; sent: string; failed: string; refresh: string };

export function EdiForm({ idStructureCPP, reception, connexion, t }: { idStructureCPP: number; reception: boolean; connexion: boolean; t: T }) {
  const [rec, setRec] = useState(reception);
  const [con, setCon] = useState(connexion);
  const [msg, setMsg] = useState<{ tone: "success" | "info" | "danger"; text: string } | null>(null);
  const [busy, start] = useTransition();
  const router = useRouter();
  const poll = useWritePoll();

  // « En attente d'envoi » until Chorus Pro answers: at once, or later through the poll.
  const show = (r: ActionResult<WriteOutcome>) => {
    if (!r.ok) return setMsg({ tone: "danger", text: r.error.message });
    if (r.data.status === "sent") { setMsg({ tone: "success", text: t.sent }); router.refresh(); }
    else if (r.data.status === "failed") setMsg({ tone: "danger", text: `${t.failed} ${r.data.message ?? ""}` });
    else {
      setMsg({ tone: "info", text: t.pending });
      if (r.data.id) poll(idStructureCPP, r.data.id, show);
    }
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMsg({ tone: "info", text: t.pending });
    start(async () => show(await modifierParametresEdiAction({ idStructureCPP, reception_edi: rec, connexion_edi: con })));
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {[
        { id: "reception_edi", label: t.reception, help: t.receptionHelp, value: rec, set: setRec },
        { id: "connexion_edi", label: t.connexion, help: t.connexionHelp, value: con, set: setCon },
      ].map((f) => (
        <div key={f.id} className="flex items-start gap-2">
          <input id={f.id} type="checkbox" className="mt-1 size-4" checked={f.value} onChange={(e) => f.set(e.target.checked)} aria-describedby={`${f.id}-help`} />
          <div>
            <label htmlFor={f.id} className="font-medium">{f.label}</label>
            <p id={`${f.id}-help`} className="text-sm text-muted-foreground">{f.help}</p>
          </div>
        </div>
      ))}
      <div><Button type="submit" disabled={busy}>{t.save}</Button></div>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
    </form>
  );
}
