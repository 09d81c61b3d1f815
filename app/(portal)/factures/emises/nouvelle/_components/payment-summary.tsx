"use client";

import type { Messages } from "@/lib/i18n";
import type { CompteBancaireChoix } from "@/lib/validations/saisie-facture-compte";
import { InvalidIbanAlert, compteLabel, invalidIbanOf } from "./bank-account-field";
import { fill } from "./fill";

/**
 * Right above « Envoyer à Chorus Pro »: where the invoice asks to be paid, and the wrong-IBAN warning
 * once more, so that it cannot be missed by someone who never scrolled back to the field.
 */
export function PaymentSummary({ comptes, value, t }: { comptes: readonly CompteBancaireChoix[]; value: number | null; t: Messages["saisie"] }) {
  const chosen = comptes.find((c) => c.idCoordonneeBancaire === value);
  if (!chosen) return null;
  const invalid = invalidIbanOf(comptes, value);
  // Not live: the field's own warning is the one announced when the choice changes.
  if (invalid) return <InvalidIbanAlert compte={invalid} t={t} live="none" />;
  return <p className="text-sm" data-testid="paiement-sur">{fill(t.paiementSur, { compte: compteLabel(chosen, t) })}</p>;
}
