"use client";

import Link from "next/link";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import type { Messages } from "@/lib/i18n";
import type { CompteBancaireChoix } from "@/lib/validations/saisie-facture-compte";
import { fill } from "./fill";

type T = Messages["saisie"];

/** « Compte affacturage — FR76 •••• … 0189 (IBAN invalide) »: name and masked IBAN, as in the select. */
export function compteLabel(c: CompteBancaireChoix, t: T): string {
  const nom = c.nom ?? fill(t.compteSansNom, { id: c.idCoordonneeBancaire });
  const iban = c.iban.status === "known" ? `${c.iban.masque}${c.iban.valide ? "" : ` (${t.compteIbanInvalideOption})`}`
    : c.iban.status === "none" ? t.compteIbanInconnu : t.compteIbanIndisponible;
  return `${nom} — ${iban}`;
}

/** The chosen account when its IBAN fails mod 97 (the bank would reject the payment). */
export function invalidIbanOf(comptes: readonly CompteBancaireChoix[], id: number | null): (CompteBancaireChoix & { iban: { status: "known"; masque: string } }) | null {
  const c = comptes.find((x) => x.idCoordonneeBancaire === id);
  return c && c.iban.status === "known" && !c.iban.valide ? { ...c, iban: c.iban } : null;
}

/** The warning shown beside the field and again above the « Envoyer » button. */
export function InvalidIbanAlert({ compte, t, id, live }: { compte: CompteBancaireChoix & { iban: { masque: string } }; t: T; id?: string; live: "status" | "none" }) {
  return (
    <Alert id={id} tone="warning" live={live} title={fill(t.ibanInvalideTitle, { nom: compte.nom ?? fill(t.compteSansNom, { id: compte.idCoordonneeBancaire }) })}>
      <p>{fill(t.ibanInvalide, { iban: compte.iban.masque })}</p>
      <p><Link className="text-primary underline" href="/structures">{t.ibanInvalideLien}</Link></p>
    </Alert>
  );
}

type Props = {
  comptes: readonly CompteBancaireChoix[];
  value: number | null;
  onChange: (id: number | null) => void;
  error: string[] | undefined;
  hint: string | null;
  t: T;
};

/**
 * « Compte bancaire »: the structure's valid accounts (fournisseur.codeCoordonneesBancairesFournisseur).
 * A wrong IBAN does not block the invoice (Chorus Pro accepts it) but is said beside the field.
 */
export function BankAccountField({ comptes, value, onChange, error, hint, t }: Props) {
  const warningId = useId();
  const known = comptes.some((c) => c.idCoordonneeBancaire === value);
  const invalid = invalidIbanOf(comptes, value);
  return (
    <div className="flex flex-col gap-2 md:col-span-2">
      <Field label={t.compte} hint={hint ?? undefined} error={error}>
        <NativeSelect
          name="idCoordonneeBancaire" value={value === null ? "" : String(value)} aria-describedby={invalid ? warningId : undefined}
          onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
        >
          {/* An account no longer valid (a draft saved before it was closed): shown, so that it can be replaced. */}
          {!known ? <option value="">{t.compteAucun}</option> : null}
          {value !== null && !known ? <option value={String(value)}>{fill(t.compteInconnuOption, { id: value })}</option> : null}
          {comptes.map((c) => <option key={c.idCoordonneeBancaire} value={String(c.idCoordonneeBancaire)}>{compteLabel(c, t)}</option>)}
        </NativeSelect>
      </Field>
      {invalid ? <InvalidIbanAlert id={warningId} compte={invalid} t={t} live="status" /> : null}
    </div>
  );
}
