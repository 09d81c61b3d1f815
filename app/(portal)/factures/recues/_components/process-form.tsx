"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { Messages } from "@/lib/i18n";
import { MANDAT_MAX, MOTIF_MAX, type Traitement } from "@/lib/validations/factures-recues-traitement";
import { suiviTraitementsAction, traiterFacturesAction } from "../actions";
import { ResultsTable, type Row } from "./results-table";

type T = Messages["recues"]["actions"];
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ""));

/**
 * traiter/recue for one invoice or a selection: only the offered actions, each with what it needs.
 * The result comes per invoice; queued writes are polled until Chorus Pro answered.
 */
export function ProcessForm({ idStructureCPP, ids, numeros, actions, t, title }: { idStructureCPP: number; ids: number[]; numeros: Record<number, string>; actions: Traitement[]; t: T; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [action, setAction] = useState<Traitement | "">("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "info" | "danger" | "success"; text: string } | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const chosen = action && actions.includes(action) ? action : "";

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const requestId = crypto.randomUUID();
    setErrors({});
    setRows(null);
    setMessage({ tone: "info", text: t.queued });
    start(async () => {
      const res = await traiterFacturesAction({
        idStructureCPP, idFactures: ids, nouveauStatut: chosen || undefined, requestId,
        motif: String(data.get("motif") ?? "") || undefined, numeroDPMandat: String(data.get("numeroDPMandat") ?? ""),
      });
      if (!res.ok) { setErrors(res.error.fieldErrors ?? {}); setMessage({ tone: "danger", text: res.error.message }); return; }
      let current: Row[] = res.data.map((r) => ({ ...r, numeroFacture: r.numeroFacture ?? numeros[r.idFacture] ?? String(r.idFacture) }));
      setRows(current);
      setMessage(null);
      // « En attente d'envoi »: ask where the queued writes stand, a bounded number of times.
      for (let i = 0; i < 20 && current.some((r) => r.outcome === "pending" && r.outboxId); i++) {
        await new Promise((r) => setTimeout(r, 1500));
        const ids = current.filter((r) => r.outcome === "pending" && r.outboxId).map((r) => r.outboxId!);
        const s = await suiviTraitementsAction({ idStructureCPP, outboxIds: ids });
        if (!s.ok) break;
        const byId = new Map(s.data.map((x) => [x.outboxId, x]));
        current = current.map((r) => (r.outboxId && byId.has(r.outboxId) ? { ...r, ...byId.get(r.outboxId)! } : r));
        setRows(current);
      }
      router.refresh();
    });
  }

  if (actions.length === 0) return <p className="text-muted-foreground">{ids.length > 1 ? t.noneForSelection : t.noneForStatus}</p>;
  const err = (name: string) => errors[name];
  return (
    <form onSubmit={submit} aria-label={title} className="flex flex-col gap-3" noValidate>
      <Field label={t.choose} error={err("nouveauStatut")}>
        <NativeSelect name="nouveauStatut" value={chosen} onChange={(e) => setAction(e.target.value as Traitement | "")} required>
          <option value="">{t.choosePlaceholder}</option>
          {actions.map((a) => <option key={a} value={a}>{t[a]}</option>)}
        </NativeSelect>
      </Field>
      {chosen === "SUSPENDUE" || chosen === "REJETEE" ? (
        <Field label={chosen === "REJETEE" ? t.motifRejet : t.motifSuspension} hint={chosen === "REJETEE" ? t.motifRejetHint : t.motifSuspensionHint} error={err("motif")} required>
          <Textarea name="motif" maxLength={MOTIF_MAX} rows={3} />
        </Field>
      ) : null}
      {chosen === "MANDATEE" ? (
        <Field label={t.mandat} hint={t.mandatHint} error={err("numeroDPMandat")}>
          <Input name="numeroDPMandat" maxLength={MANDAT_MAX + 10} autoComplete="off" />
        </Field>
      ) : null}
      {message ? <Alert tone={message.tone} title={message.tone === "danger" ? t.failed : undefined}>{message.text}</Alert> : null}
      {rows ? <ResultsTable rows={rows} t={t} summary={fill(t.summary, { sent: rows.filter((r) => r.outcome === "sent").length, pending: rows.filter((r) => r.outcome === "pending").length, failed: rows.filter((r) => r.outcome === "failed" || r.outcome === "refused").length })} /> : null}
      <div><Button type="submit" disabled={pending}>{pending ? t.sending : t.submit}</Button></div>
    </form>
  );
}
