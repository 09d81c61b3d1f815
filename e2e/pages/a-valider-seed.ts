// Test data for the Factures à valider specs: A9/A12 invoices to the recipient without routing
// constraint, with a structure that validates them.
import { ACME, SANS_CONTRAINTE, siretOf, submitOneLine, TITULAIRE, uniqueNumber as numbered } from "./sandbox-seed";

export { BATI, COMMUNE, sandboxCall, siretOf, TITULAIRE } from "./sandbox-seed";

export const uniqueNumber = (prefix = "VAL") => numbered(prefix);

type Cadre = "A9_FACTURE_SOUSTRAITANT" | "A12_FACTURE_COTRAITANT" | "A1_FACTURE_FOURNISSEUR";

/** An invoice from `supplier` to a recipient without routing constraint, validated by `validator` (A9 by default). */
export async function submitForValidation(opts: { numero: string; supplier?: number; validator?: number; cadre?: Cadre; ht?: number }): Promise<number> {
  const cadre = opts.cadre ?? "A9_FACTURE_SOUSTRAITANT";
  return submitOneLine({
    numero: opts.numero, supplier: opts.supplier ?? ACME, ht: opts.ht, denomination: "Travaux sous-traités",
    destinataire: { codeDestinataire: await siretOf(SANS_CONTRAINTE) },
    cadreDeFacturation: { codeCadreFacturation: cadre, ...(cadre === "A1_FACTURE_FOURNISSEUR" ? {} : { codeStructureValideur: await siretOf(opts.validator ?? TITULAIRE) }) },
  });
}
