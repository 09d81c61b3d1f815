// Test data for the Factures reçues specs: invoices ACME sends to COMMUNE DE SABLE-SUR-MER
// (service FACTURES_PUBLIQUES) or to `recipient`, once made available to the recipient.
import { ACME, COMMUNE, sandboxCall, siretOf, submitOneLine, uniqueNumber as numbered } from "./sandbox-seed";

export { SANS_CONTRAINTE } from "./sandbox-seed";

export const uniqueNumber = (prefix = "RC") => numbered(prefix);

const statutOf = async (idFacture: number, asStructure: number) =>
  (await sandboxCall<{ statutCourantCode?: string }>("/cpro/factures/v1/consulter/historique", asStructure, { idFacture })).statutCourantCode;

/** Submits an invoice to `recipient` (the commune by default) and waits for MISE_A_DISPOSITION. */
export async function receiveInvoice(opts: { numero: string; recipient?: number; ht?: number }): Promise<number> {
  const recipient = opts.recipient ?? COMMUNE;
  const id = await submitOneLine({
    numero: opts.numero, supplier: ACME, ht: opts.ht, denomination: "Prestation de test",
    destinataire: { codeDestinataire: await siretOf(recipient), ...(recipient === COMMUNE ? { codeServiceExecutant: "FACTURES_PUBLIQUES" } : {}) },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
  });
  for (let attempt = 0; attempt < 60; attempt++) {
    if ((await statutOf(id, recipient).catch(() => null)) === "MISE_A_DISPOSITION") return id;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`invoice ${id} never reached MISE_A_DISPOSITION`);
}

/** Sets a status as the recipient would through another client (e.g. SUSPENDUE for a search test). */
export async function setStatus(idFacture: number, nouveauStatut: string, motif?: string): Promise<void> {
  await sandboxCall("/cpro/factures/v1/traiter/recue", COMMUNE, { idFacture, nouveauStatut, ...(motif ? { motif } : {}) });
}

export function statusOf(idFacture: number): Promise<string | undefined> {
  return statutOf(idFacture, COMMUNE);
}
