// The key-in form's constants and empty values, apart from its zod schemas: the form's client
// components import this file, and zod (with the invoice checks) loads after the first paint.
import type { LigneSaisie } from "./saisie-facture";

export const CADRES = ["A1_FACTURE_FOURNISSEUR", "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", "A9_FACTURE_SOUSTRAITANT", "A12_FACTURE_COTRAITANT"] as const;
export const TYPES_TVA = ["TVA_SUR_DEBIT", "TVA_SUR_ENCAISSEMENT", "EXONERATION", "SANS_TVA"] as const;
export const MODES_PAIEMENT = ["CHEQUE", "PRELEVEMENT", "VIREMENT", "ESPECE", "AUTRE", "REPORT"] as const;
export const MAX_LINES = 200;
export const MAX_ATTACHMENTS = 10;

export const emptyLine = (tauxTva = "TVA20"): LigneSaisie => ({ reference: "", denomination: "", quantite: "1", unite: "", prixUnitaireHT: "", remiseHT: "", tauxTva });
