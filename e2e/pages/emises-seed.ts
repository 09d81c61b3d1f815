// Test data for the Factures émises specs: invoices ACME (or `supplier`) sends to the recipient
// without routing constraint.
import { ACME, sandboxCall, SANS_CONTRAINTE, siretOf, submitOneLine, uniqueNumber as numbered } from "./sandbox-seed";

export { BATI } from "./sandbox-seed";

export const uniqueNumber = (prefix = "E2E") => numbered(prefix);

/** Submits an invoice (SAISIE_API) from `supplier` to the recipient without routing constraint. */
export async function submitInvoice(opts: { numero: string; supplier?: number; ht?: number }): Promise<number> {
  return submitOneLine({
    numero: opts.numero, supplier: opts.supplier ?? ACME, ht: opts.ht, denomination: "Prestation de test",
    destinataire: { codeDestinataire: await siretOf(SANS_CONTRAINTE) },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
  });
}

/** The recipient rejects the invoice with a reason (waits for the platform to make it available). */
export async function rejectInvoice(idFacture: number, motif: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await sandboxCall("/cpro/factures/v1/traiter/recue", SANS_CONTRAINTE, { idFacture, nouveauStatut: "REJETEE", motif });
      return;
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
