"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { Messages } from "@/lib/i18n";
import type { SaisieFacture } from "@/lib/validations/saisie-facture";
import { CADRES, MODES_PAIEMENT, TYPES_TVA } from "@/lib/validations/saisie-facture-model";

type Props = {
  form: SaisieFacture;
  set: (patch: Partial<SaisieFacture>) => void;
  errorOf: (path: string) => string[] | undefined;
  modes: readonly string[];
  /** The « Compte bancaire » field, beside the payment mode (absent when the structure has no account). */
  payment?: React.ReactNode;
  t: Messages["saisie"];
};

/** Invoice header: number, date, type, cadre (with its validator), payment, references, comment. */
export function HeaderFields({ form, set, errorOf, modes, payment, t }: Props) {
  const validated = form.cadre === "A9_FACTURE_SOUSTRAITANT" || form.cadre === "A12_FACTURE_COTRAITANT";
  const payModes = MODES_PAIEMENT.filter((m) => modes.length === 0 || modes.includes(m));
  const input = (key: "numeroFacture" | "numeroFactureOrigine" | "codeStructureValideur" | "codeServiceValideur" | "motifExonerationTva" | "numeroEngagement" | "numeroMarche" | "montantDejaPaye", label: string, extra: { hint?: string; required?: boolean; inputMode?: "decimal" | "numeric"; type?: string } = {}) => (
    <Field label={label} hint={extra.hint} required={extra.required} error={errorOf(key)}>
      <Input name={key} value={form[key]} type={extra.type} inputMode={extra.inputMode} onChange={(e) => set({ [key]: e.target.value })} />
    </Field>
  );
  return (
    <>
      <section aria-labelledby="s-facture" className="grid gap-4 md:grid-cols-2">
        <h2 id="s-facture" className="text-lg font-semibold md:col-span-2">{t.sectionInvoice}</h2>
        {input("numeroFacture", t.numero, { hint: t.numeroHint, required: true })}
        <Field label={t.date} required error={errorOf("dateFacture")}>
          <Input name="dateFacture" type="date" value={form.dateFacture} onChange={(e) => set({ dateFacture: e.target.value })} />
        </Field>
        <Field label={t.type} required>
          <NativeSelect name="typeFacture" value={form.typeFacture} onChange={(e) => set({ typeFacture: e.target.value === "AVOIR" ? "AVOIR" : "FACTURE" })}>
            <option value="FACTURE">{t.typeFacture}</option>
            <option value="AVOIR">{t.typeAvoir}</option>
          </NativeSelect>
        </Field>
        {form.typeFacture === "AVOIR" ? input("numeroFactureOrigine", t.origine, { hint: t.origineHint, required: true }) : <div />}
        <Field label={t.cadre} required>
          <NativeSelect name="cadre" value={form.cadre} onChange={(e) => set({ cadre: CADRES.find((c) => c === e.target.value) ?? "A1_FACTURE_FOURNISSEUR" })}>
            {CADRES.map((c) => <option key={c} value={c}>{t.cadres[c]}</option>)}
          </NativeSelect>
        </Field>
        {form.cadre === "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" ? input("montantDejaPaye", t.dejaPaye, { hint: t.dejaPayeHint, inputMode: "decimal" }) : <div />}
        {validated ? input("codeStructureValideur", t.valideur, { hint: t.valideurHint, required: true, inputMode: "numeric" }) : null}
        {validated ? input("codeServiceValideur", t.serviceValideur) : null}
      </section>
      <section aria-labelledby="s-references" className="grid gap-4 md:grid-cols-2">
        <h2 id="s-references" className="text-lg font-semibold md:col-span-2">{t.sectionReferences}</h2>
        <Field label={t.modePaiement} required>
          <NativeSelect name="modePaiement" value={form.modePaiement} onChange={(e) => set({ modePaiement: MODES_PAIEMENT.find((m) => m === e.target.value) ?? "VIREMENT" })}>
            {payModes.map((m) => <option key={m} value={m}>{t.modes[m]}</option>)}
          </NativeSelect>
        </Field>
        <Field label={t.typeTva} required>
          <NativeSelect name="typeTva" value={form.typeTva} onChange={(e) => set({ typeTva: TYPES_TVA.find((m) => m === e.target.value) ?? "TVA_SUR_DEBIT" })}>
            {TYPES_TVA.map((m) => <option key={m} value={m}>{t.typesTva[m]}</option>)}
          </NativeSelect>
        </Field>
        {payment}
        {form.typeTva === "EXONERATION" ? <div className="md:col-span-2">{input("motifExonerationTva", t.motifExoneration, { required: true })}</div> : null}
        {input("numeroEngagement", t.engagement)}
        {input("numeroMarche", t.marche)}
        <Field label={t.commentaire} error={errorOf("commentaire")} className="md:col-span-2">
          <Textarea name="commentaire" rows={3} value={form.commentaire} onChange={(e) => set({ commentaire: e.target.value })} />
        </Field>
      </section>
    </>
  );
}
