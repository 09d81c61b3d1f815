"use client";

import { useQuery } from "@tanstack/react-query";
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n";
import { destinataireQuery, type DestinataireDetail, type Referentiels } from "@/lib/queries/saisie";
import type { FieldErrors, SaisieFacture } from "@/lib/validations/saisie-facture";
import { COMPTE_FIELD, checkCompteBancaire, showCompteField, type CompteBancaireChoix } from "@/lib/validations/saisie-facture-compte";
import { submitInvoiceAction } from "../actions";
import type { SubmitOutcome } from "../_lib/submit";
import { AttachmentsSection } from "./attachments-section";
import { BankAccountField } from "./bank-account-field";
import { fill } from "./fill";
import { HeaderFields } from "./header-fields";
import { LinesEditor } from "./lines-editor";
import { PaymentSummary } from "./payment-summary";
import { RecipientSection } from "./recipient-section";
import { TotalsPanel } from "./totals-panel";
import { useAutosave } from "./use-autosave";

// Shown only once the invoice is sent: loaded then, to keep the form's first load within budget.
const SubmissionStatus = lazy(() => import("./submission-status").then((m) => ({ default: m.SubmissionStatus })));

type Checker = typeof import("@/lib/validations/saisie-facture").checkSaisie;

export type SaisieFormProps = {
  structure: number;
  t: Messages["saisie"];
  tUpload: Messages["depot"]["upload"];
  refs: Referentiels;
  today: string;
  initialData: SaisieFacture;
  initialDraftId: string | null;
  /** A prefilled form is not in the database yet: it is saved at once. */
  unsaved: boolean;
  initialOutcome: SubmitOutcome | null;
  /** The structure's valid bank accounts; null when they could not be read (the field is hidden). */
  comptes: CompteBancaireChoix[] | null;
  /** Which account is proposed, and why. */
  compteHint: string | null;
};

const recipientParams = (d: DestinataireDetail | undefined) => (d ? { codeServiceDoitEtreRenseigne: d.exigences.codeService, numeroEJDoitEtreRenseigne: d.exigences.numeroEngagement, gestionNumeroEJOuCodeService: d.exigences.codeServiceOuEngagement, active: d.actif } : null);

const time = (iso: string) => new Date(iso).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });

// While Chorus Pro receives the attachments, the browser asks again this often.
const ATTACH_POLL_MS = 1500;

export function SaisieForm({ structure, t, tUpload, refs, today, initialData, initialDraftId, unsaved, initialOutcome, comptes, compteHint }: SaisieFormProps) {
  const [form, setForm] = useState(initialData);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors | null>(null);
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(initialOutcome);
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const frozen = outcome?.state === "pending" || outcome?.state === "sent" || outcome?.state === "attaching";
  const autosave = useAutosave(structure, initialDraftId, form, !frozen, unsaved);

  const recipient = useQuery(destinataireQuery(structure, form.destinataire.idStructureCPP));
  const detail = recipient.data;
  const vatRates = useMemo(() => refs.tauxTva.map((r) => ({ code: r.code, rate: r.rate })), [refs]);
  // The checks (zod, decimal arithmetic, EN 16931 rules) load right after the first paint rather
  // than with it: they weigh more than the rest of the page. The server checks again anyway.
  const [checker, setChecker] = useState<Checker | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/lib/validations/saisie-facture").then((m) => live && setChecker(() => m.checkSaisie));
    return () => { live = false; };
  }, []);
  const { errors: invoiceErrors, totals } = useMemo(() => checker ? checker(form, { recipient: recipientParams(detail), vatRates, today }) : { errors: {} as FieldErrors, totals: null }, [checker, form, detail, vatRates, today]);
  // The account must still be one of the structure's (the server checks again against Chorus Pro).
  const compteErrors = useMemo(() => (comptes ? checkCompteBancaire(form.idCoordonneeBancaire, comptes) : {}), [comptes, form.idCoordonneeBancaire]);
  const errors = useMemo(() => ({ ...invoiceErrors, ...compteErrors }), [invoiceErrors, compteErrors]);
  const showAccount = showCompteField(comptes, form.idCoordonneeBancaire);

  const errorOf = useCallback((path: string) => serverErrors?.[path] ?? (showAll || touched.has(path) ? errors[path] : undefined), [serverErrors, showAll, touched, errors]);
  const update = (patch: Partial<SaisieFacture>) => { setForm((f) => ({ ...f, ...patch })); setServerErrors(null); };

  const onBlur = (e: React.FocusEvent<HTMLFormElement>) => {
    const target: unknown = e.target;
    const name = target instanceof HTMLElement ? target.getAttribute("name") : null;
    if (name) setTouched((s) => (s.has(name) ? s : new Set(s).add(name)));
    if (!frozen) void autosave.save();
  };

  const send = useCallback(async (draftId: string | null) => {
    const res = await submitInvoiceAction({ idStructureCPP: structure, draftId, data: form });
    if (!res.ok) { setOutcome({ state: "invalid", draftId: draftId ?? "", message: res.error.message, fieldErrors: res.error.fieldErrors ?? {} }); return; }
    setOutcome(res.data);
    if (res.data.state === "invalid") setServerErrors(res.data.fieldErrors);
  }, [structure, form]);

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (submitting || frozen) return;
    setShowAll(true);
    setSubmitting(true);
    try {
      // Instant check in the browser first; the server checks again with the recipient's real
      // settings. The checks and the recipient's settings load after the first paint: a click that
      // comes before them waits for them instead of being lost.
      const check = checker ?? (await import("@/lib/validations/saisie-facture")).checkSaisie;
      const chosen = detail ?? (form.destinataire.idStructureCPP !== null ? (await recipient.refetch()).data : undefined);
      const found = { ...check(form, { recipient: recipientParams(chosen), vatRates, today }).errors, ...compteErrors };
      if (Object.keys(found).length > 0 || !chosen) return;
      await send(await autosave.save());
    } finally {
      setSubmitting(false);
      summary.current?.focus();
    }
  };

  // Attachments still on their way: the same submission again (already received files are not
  // sent twice), until the invoice itself leaves or an attachment is refused.
  useEffect(() => {
    if (outcome?.state !== "attaching") return;
    const timer = setTimeout(() => void send(outcome.draftId), ATTACH_POLL_MS);
    return () => clearTimeout(timer);
  }, [outcome, send]);

  const errorCount = Object.keys(serverErrors ?? (showAll ? errors : {})).length;
  return (
    <form onSubmit={onSubmit} onBlur={onBlur} noValidate className="flex flex-col gap-8" aria-describedby="etat-brouillon">
      <fieldset disabled={frozen} className="flex flex-col gap-8">
        <RecipientSection structure={structure} value={form.destinataire} detail={detail} onChange={(d) => update({ destinataire: d })} errorOf={errorOf} t={t} />
        <HeaderFields
          form={form} set={update} errorOf={errorOf} modes={refs.modesPaiement} t={t}
          payment={showAccount ? <BankAccountField comptes={comptes ?? []} value={form.idCoordonneeBancaire} onChange={(id) => update({ idCoordonneeBancaire: id })} error={errorOf(COMPTE_FIELD)} hint={compteHint} t={t} /> : null}
        />
        <section aria-labelledby="s-lignes" className="flex flex-col gap-4">
          <h2 id="s-lignes" className="text-lg font-semibold">{t.sectionLines}</h2>
          <LinesEditor lines={form.lignes} onChange={(lignes) => update({ lignes })} errorOf={errorOf} rates={refs.tauxTva} totals={totals} t={t} />
        </section>
        <section aria-labelledby="s-totaux" className="flex flex-col gap-4">
          <h2 id="s-totaux" className="text-lg font-semibold">{t.sectionTotals}</h2>
          <TotalsPanel totals={totals} rates={refs.tauxTva} t={t} />
          {errorOf("montantDejaPaye") && form.cadre !== "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" ? <p className="text-sm text-danger">{errorOf("montantDejaPaye")?.join(" ")}</p> : null}
        </section>
        <AttachmentsSection structure={structure} principale={form.pieceJointePrincipale} pieces={form.piecesJointes} onChange={update} errorOf={errorOf} t={t} tUpload={tUpload} />
      </fieldset>
      <div ref={summary} tabIndex={-1} className="flex flex-col gap-3 outline-none">
        {errorCount > 0 && outcome?.state !== "invalid" ? <Alert tone="danger" title={t.errorsSummary} /> : null}
        {outcome ? <Suspense fallback={null}><SubmissionStatus outcome={outcome} structure={structure} onOutcome={setOutcome} t={t} /></Suspense> : null}
      </div>
      {showAccount && !frozen ? <PaymentSummary comptes={comptes ?? []} value={form.idCoordonneeBancaire} t={t} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        {frozen ? null : <Button type="submit" loading={submitting}>{t.submit}</Button>}
        <p id="etat-brouillon" role="status" className="text-sm text-muted-foreground">
          {autosave.state.kind === "saving" ? t.saving : autosave.state.kind === "saved" ? fill(t.savedAt, { time: time(autosave.state.at) }) : autosave.state.kind === "error" ? fill(t.saveFailed, { message: autosave.state.message }) : ""}
        </p>
      </div>
    </form>
  );
}
