"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { Messages } from "@/lib/i18n";
import { deposerPieceAction } from "../actions/deposer";
import { useSend } from "../_components/use-send";

type Props = {
  idStructureCPP: number; cadres: string[]; idPiecePrecedente?: number | undefined; opener: boolean; validatorCadres: string[];
  defaults: { montantHT?: string | undefined; montantTVA?: string | undefined; montantTTC?: string | undefined; numeroMarche?: string | undefined };
  t: Messages["travaux"];
};

/** Opens a billing file or deposits the next piece; every error shows beside its field. */
export function PieceForm({ idStructureCPP, cadres, idPiecePrecedente, opener, validatorCadres, defaults, t }: Props) {
  const f = t.form;
  const [cadre, setCadre] = useState(cadres[0] ?? "");
  const [created, setCreated] = useState<number | undefined>();
  const { run, pending, message, errors } = useSend(idStructureCPP, { queued: f.queued, done: f.done, failed: f.failed }, (s) => setCreated(s.idFactureTravaux));
  const e = (k: string) => errors[k]?.[0];
  const today = new Date().toISOString().slice(0, 10);
  const seePiece = created ? <Link href={`/factures/travaux/${created}`} className="font-medium text-primary underline">{f.seePiece}</Link> : null;
  // After a next piece is deposited the page refreshes with nothing left to deposit: keep the outcome.
  if (cadres.length === 0) return <div className="flex flex-col gap-3">{message ?? <Alert tone="warning">{f.noCadre}</Alert>}{seePiece}</div>;
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={(ev) => {
      ev.preventDefault();
      const d = new FormData(ev.currentTarget);
      const s = (k: string) => String(d.get(k) ?? "");
      run((requestId) => deposerPieceAction({
        idStructureCPP, requestId, cadre, idPiecePrecedente, numero: s("numero"), dateFacture: s("dateFacture"),
        siretDestinataire: s("siretDestinataire"), codeServiceExecutant: s("codeServiceExecutant"), siretMoe: s("siretMoe"), siretValideur: s("siretValideur"),
        numeroMarche: s("numeroMarche"), numeroBonCommande: s("numeroBonCommande"), montantHT: s("montantHT"), montantTVA: s("montantTVA"), montantTTC: s("montantTTC"),
        commentaire: s("commentaire"),
      }));
    }}>
      <Field label={f.cadre} hint={f.cadreHint} required error={e("cadre")}>
        <NativeSelect name="cadre" value={cadre} onChange={(ev) => setCadre(ev.target.value)}>
          {cadres.map((c) => <option key={c} value={c}>{t.cadres[c] ?? c}</option>)}
        </NativeSelect>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={f.numero} required error={e("numero")}><Input name="numero" maxLength={20} autoComplete="off" /></Field>
        <Field label={f.dateFacture} required error={e("dateFacture")}><Input name="dateFacture" type="date" defaultValue={today} max={today} /></Field>
        {opener ? (
          <>
            <Field label={f.siretDestinataire} required error={e("siretDestinataire")}><Input name="siretDestinataire" inputMode="numeric" /></Field>
            <Field label={f.codeServiceExecutant} error={e("codeServiceExecutant")}><Input name="codeServiceExecutant" /></Field>
            <Field label={f.siretMoe} hint={f.siretMoeHint} error={e("siretMoe")}><Input name="siretMoe" inputMode="numeric" /></Field>
            <Field label={f.numeroMarche} required error={e("numeroMarche")}><Input name="numeroMarche" defaultValue={defaults.numeroMarche} /></Field>
          </>
        ) : null}
        {validatorCadres.includes(cadre) ? <Field label={f.siretValideur} required error={e("siretValideur")}><Input name="siretValideur" inputMode="numeric" /></Field> : null}
        <Field label={f.numeroBonCommande} error={e("numeroBonCommande")}><Input name="numeroBonCommande" /></Field>
        <Field label={f.montantHT} hint={f.amountHint} required error={e("montantHT")}><Input name="montantHT" inputMode="decimal" defaultValue={defaults.montantHT} /></Field>
        <Field label={f.montantTVA} hint={f.amountHint} required error={e("montantTVA")}><Input name="montantTVA" inputMode="decimal" defaultValue={defaults.montantTVA} /></Field>
        <Field label={f.montantTTC} hint={f.amountHint} required error={e("montantTTC")}><Input name="montantTTC" inputMode="decimal" defaultValue={defaults.montantTTC} /></Field>
      </div>
      <Field label={f.commentaire} error={e("commentaire")}><Textarea name="commentaire" maxLength={255} rows={2} /></Field>
      {message}
      {seePiece}
      <div><Button type="submit" disabled={pending}>{f.submit}</Button></div>
    </form>
  );
}
