"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { Messages } from "@/lib/i18n";
import type { TravauxAction } from "@/lib/travaux/rules";
import {
  completerAction, completerServiceMoeAction, corrigerValideurAction, demanderCompletionAction, demanderRecyclageAction,
  prendreEnCompteAction, recyclerAction, refuserAction,
} from "../actions/piece-actions";
import { useSend } from "./use-send";

type T = Messages["travaux"]["actions"];
type Props = { idFactureTravaux: number; idStructureCPP: number; actions: TravauxAction[]; motifs: { codeMotif?: string | undefined; libelleMotif?: string | undefined }[]; role?: string | undefined; t: T };

const val = (f: FormData, k: string) => String(f.get(k) ?? "");
const err = (e: Record<string, string[]>, k: string) => e[k]?.[0];

/** One action as a small form: its fields, its message (« En attente d'envoi », outcome) and its button. */
function ActionForm({ title, hint, t, submit, children, onSubmit, idStructureCPP, onDone }: {
  title: string; hint: string; t: T; submit: string; idStructureCPP: number; children?: (errors: Record<string, string[]>) => React.ReactNode;
  onSubmit: (f: FormData, requestId: string) => ReturnType<typeof prendreEnCompteAction>; onDone: () => void;
}) {
  const { run, pending, message, succeeded, errors } = useSend(idStructureCPP, t, onDone);
  return (
    <form className="flex flex-col gap-3 rounded-md border border-border p-3" aria-label={title}
      onSubmit={(e) => { e.preventDefault(); const f = new FormData(e.currentTarget); run((rid) => onSubmit(f, rid)); }}>
      <h3 className="font-bold">{title}</h3>
      <p className="text-sm text-muted-foreground">{hint}</p>
      {children?.(errors)}
      {succeeded ? null : message /* the success is said once, above every form */}
      <div><Button type="submit" disabled={pending}>{pending ? t.sending : submit}</Button></div>
    </form>
  );
}

export function PieceActions({ idFactureTravaux, idStructureCPP, actions, motifs, role, t }: Props) {
  const ids = { idFactureTravaux, idStructureCPP };
  const has = (a: TravauxAction) => actions.includes(a);
  // The outcome is kept here: once the page refreshes, the form that sent the action may be gone.
  const [done, setDone] = useState(false);
  const common = { t, idStructureCPP, onDone: () => setDone(true) };
  return (
    <div className="flex flex-col gap-4">
      {done ? <Alert tone="success">{t.done}</Alert> : null}
      {actions.length === 0 ? <p className="text-muted-foreground">{t.none}</p> : null}
      {has("deposerSuivante") ? (
        <div className="flex flex-col gap-1 rounded-md border border-border p-3">
          <Link href={`/factures/travaux/nouvelle?precedente=${idFactureTravaux}${role ? `&role=${role}` : ""}`} className={buttonVariants({ className: "self-start" })}>{t.deposerSuivante}</Link>
          <p className="text-sm text-muted-foreground">{t.deposerSuivanteHint}</p>
        </div>
      ) : null}
      {has("prendreEnCompte") ? <ActionForm {...common} title={t.prendreEnCompte} hint={t.prendreEnCompteHint} submit={t.prendreEnCompte} onSubmit={(_f, requestId) => prendreEnCompteAction({ ...ids, requestId })} /> : null}
      {has("refuser") ? (
        <ActionForm {...common} title={t.refuser} hint={t.refuserHint} submit={t.refuser} onSubmit={(f, requestId) => refuserAction({ ...ids, requestId, codeMotif: val(f, "codeMotif"), commentaire: val(f, "commentaire") })}>
          {(e) => (
            <>
              <Alert tone="warning" live="none">{t.amountWarning}</Alert>
              {motifs.length === 0 ? <Alert tone="danger" live="none">{t.motifsUnavailable}</Alert> : null}
              <Field label={t.motif} required error={err(e, "codeMotif")}>
                <NativeSelect name="codeMotif" defaultValue="">
                  <option value="">{t.motifPlaceholder}</option>
                  {motifs.map((m) => <option key={m.codeMotif} value={m.codeMotif}>{m.libelleMotif ?? m.codeMotif}</option>)}
                </NativeSelect>
              </Field>
              <Field label={t.commentaire} required error={err(e, "commentaire")}><Textarea name="commentaire" maxLength={255} rows={2} /></Field>
            </>
          )}
        </ActionForm>
      ) : null}
      {has("demanderCompletion") ? (
        <ActionForm {...common} title={t.demanderCompletion} hint={t.demanderCompletionHint} submit={t.demanderCompletion} onSubmit={(f, requestId) => demanderCompletionAction({ ...ids, requestId, commentaire: val(f, "commentaire") })}>
          {(e) => <Field label={t.commentaire} required error={err(e, "commentaire")}><Textarea name="commentaire" maxLength={255} rows={2} /></Field>}
        </ActionForm>
      ) : null}
      {has("demanderRecyclage") ? (
        <ActionForm {...common} title={t.demanderRecyclage} hint={t.demanderRecyclageHint} submit={t.demanderRecyclage} onSubmit={(f, requestId) => demanderRecyclageAction({ ...ids, requestId, commentaire: val(f, "commentaire") })}>
          {(e) => <Field label={t.commentaire} required error={err(e, "commentaire")}><Textarea name="commentaire" maxLength={255} rows={2} /></Field>}
        </ActionForm>
      ) : null}
      {has("completer") || has("completerMoe") ? (
        <ActionForm {...common} title={t.completer} hint={t.completerHint} submit={t.completer} onSubmit={(f, requestId) => completerAction({ ...ids, requestId, commentaire: val(f, "commentaire") })}>
          {(e) => <Field label={t.commentaire} required error={err(e, "commentaire")}><Textarea name="commentaire" maxLength={255} rows={2} /></Field>}
        </ActionForm>
      ) : null}
      {has("completerServiceMoe") ? (
        <ActionForm {...common} title={t.completerServiceMoe} hint={t.completerServiceMoeHint} submit={t.send} onSubmit={(f, requestId) => completerServiceMoeAction({ ...ids, requestId, codeServiceMoe: val(f, "codeServiceMoe") })}>
          {(e) => <Field label={t.codeServiceMoe} required error={err(e, "codeServiceMoe")}><Input name="codeServiceMoe" /></Field>}
        </ActionForm>
      ) : null}
      {has("corrigerValideur") ? (
        <ActionForm {...common} title={t.corrigerValideur} hint={t.corrigerValideurHint} submit={t.corrigerValideur} onSubmit={(f, requestId) => corrigerValideurAction({ ...ids, requestId, siretValideur: val(f, "siretValideur") })}>
          {(e) => <Field label={t.validatorSiret} required error={err(e, "siretValideur")}><Input name="siretValideur" inputMode="numeric" autoComplete="off" /></Field>}
        </ActionForm>
      ) : null}
      {has("recycler") ? (
        <ActionForm {...common} title={t.recycler} hint={t.recyclerHint} submit={t.recycler} onSubmit={(f, requestId) => recyclerAction({
          ...ids, requestId, siretDestinataire: val(f, "siretDestinataire"), codeServiceExecutant: val(f, "codeServiceExecutant"), siretMoe: val(f, "siretMoe"), numeroBonCommande: val(f, "numeroBonCommande"),
        })}>
          {(e) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t.siretDestinataire} error={err(e, "siretDestinataire")}><Input name="siretDestinataire" inputMode="numeric" /></Field>
              <Field label={t.codeServiceExecutant} error={err(e, "codeServiceExecutant")}><Input name="codeServiceExecutant" /></Field>
              <Field label={t.siretMoe} error={err(e, "siretMoe")}><Input name="siretMoe" inputMode="numeric" /></Field>
              <Field label={t.numeroBonCommande} error={err(e, "numeroBonCommande")}><Input name="numeroBonCommande" /></Field>
            </div>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
