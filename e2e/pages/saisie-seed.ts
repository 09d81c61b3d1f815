// Invoices the key-in and follow-up specs need, made straight in the sandbox the way another
// Chorus Pro client would (each test its own, with a unique number, so tests run in parallel).
import { sandboxCall, submitForValidation, TITULAIRE } from "./a-valider-seed";
import { rejectInvoice, submitInvoice } from "./emises-seed";

const retry = async <T>(what: () => Promise<T>): Promise<T> => {
  // The platform makes a new invoice available to its next actor a moment after the deposit.
  for (let attempt = 0; ; attempt++) {
    try {
      return await what();
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
};

/** An ACME invoice to the recipient without constraint, rejected by it (REJETEE). */
export async function rejectedAcmeInvoice(numero: string): Promise<number> {
  const id = await submitInvoice({ numero, ht: 250 });
  await rejectInvoice(id, "Montant erroné");
  return id;
}

/** An ACME A9 invoice whose validator (27000004) refuses it as « Mauvais valideur » (ERR_VALIDEUR). */
export async function refusedForWrongValidator(numero: string): Promise<number> {
  const id = await submitForValidation({ numero, validator: TITULAIRE });
  await retry(() => sandboxCall("/cpro/factures/v1/traiter/factureAValider", TITULAIRE, {
    idFacture: id, action: "REFUS", motifRefus: "ERR_VALIDEUR", complementInfo: "Ce n'est pas nous qui validons ce marché.",
  }));
  return id;
}

/** The invoice's current status, as the supplier's technical account sees it. */
export async function statusOf(idFacture: number): Promise<string> {
  const r = await sandboxCall<{ statutCourantCode?: string }>("/cpro/factures/v1/consulter/historique", 27000001, { idFacture });
  return r.statutCourantCode ?? "";
}
