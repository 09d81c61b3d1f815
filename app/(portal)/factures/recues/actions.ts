"use server";

import { authedAction } from "@/lib/actions/result";
import { DelaiInput, SuiviInput, TraiterInput } from "@/lib/validations/factures-recues-traitement";
import { setPaymentDelayDays } from "./_components/portal-state";
import { suiviTraitements, traiterFactures } from "./_components/traiter";

const roles = ["gestionnaire"] as const;

/** traiter/recue on the selected invoices (one or several), through the outbox, with a result per invoice. */
export const traiterFacturesAction = authedAction({
  action: "factures.recues.traiter", roles, schema: TraiterInput,
  structureOf: (i) => i.idStructureCPP,
  subjectOf: (i) => (i.idFactures.length === 1 ? { type: "facture", id: String(i.idFactures[0]) } : { type: "lot", id: i.requestId }),
}, ({ user, rattachement, input }) => traiterFactures(user, rattachement, input));

/** Where the queued writes stand (« En attente d'envoi » until Chorus Pro answered). */
export const suiviTraitementsAction = authedAction({
  action: "factures.recues.suivi", roles, schema: SuiviInput, structureOf: (i) => i.idStructureCPP,
}, ({ input }) => suiviTraitements(input.idStructureCPP, input.outboxIds));

/** The structure's legal payment period (portal setting). */
export const enregistrerDelaiAction = authedAction({
  action: "factures.recues.delai", roles, schema: DelaiInput, structureOf: (i) => i.idStructureCPP,
}, async ({ user, input }) => {
  await setPaymentDelayDays(input.idStructureCPP, input.paymentDelayDays, user.id);
  return { paymentDelayDays: input.paymentDelayDays };
});
