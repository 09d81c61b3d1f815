import { z } from "zod";

// Amounts stay strings end to end (house style: money is decimal); their decimal syntax is
// checked by keyed-checks so that every mistake comes back at once, with its field.
const amount = z.string();

/** A keyed-in invoice as the supplier form builds it, in Chorus Pro soumettre wire names. */
export const keyedInvoiceSchema = z.object({
  numeroFactureSaisi: z.string(),
  dateFacture: z.string(),
  destinataire: z.object({
    codeDestinataire: z.string(),
    codeServiceExecutant: z.string().optional(),
  }),
  fournisseur: z
    .object({
      /** Supplier SIRET when the supplier is French (typeIdentifiant SIRET). */
      siret: z.string().optional(),
    })
    .optional(),
  cadreDeFacturation: z.object({
    codeCadreFacturation: z.enum([
      "A1_FACTURE_FOURNISSEUR",
      "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE",
      "A9_FACTURE_SOUSTRAITANT",
      "A12_FACTURE_COTRAITANT",
    ]),
    codeStructureValideur: z.string().optional(),
    codeServiceValideur: z.string().optional(),
  }),
  references: z.object({
    deviseFacture: z.string().optional(),
    typeFacture: z.enum(["FACTURE", "AVOIR"]),
    typeTva: z.enum(["TVA_SUR_DEBIT", "TVA_SUR_ENCAISSEMENT", "EXONERATION", "SANS_TVA"]),
    motifExonerationTva: z.string().optional(),
    numeroMarche: z.string().optional(),
    numeroBonCommande: z.string().optional(),
    numeroFactureOrigine: z.string().optional(),
    modePaiement: z.enum(["CHEQUE", "PRELEVEMENT", "VIREMENT", "ESPECE", "AUTRE", "REPORT"]).optional(),
  }),
  lignePoste: z.array(
    z.object({
      lignePosteReference: z.string().optional(),
      lignePosteDenomination: z.string(),
      lignePosteQuantite: amount,
      lignePosteUnite: z.string().optional(),
      lignePosteMontantUnitaireHT: amount,
      lignePosteMontantRemiseHT: amount.optional(),
      lignePosteTauxTva: z.string(),
    }),
  ),
  /** What the supplier typed or what deposer/pdf's OCR read; checked against the lines. */
  ligneTva: z
    .array(
      z.object({
        ligneTvaTaux: z.string(),
        ligneTvaMontantBaseHtParTaux: amount,
        ligneTvaMontantTvaParTaux: amount,
      }),
    )
    .optional(),
  montantTotal: z
    .object({
      montantHtTotal: amount.optional(),
      montantTVA: amount.optional(),
      montantTtcTotal: amount.optional(),
      montantRemiseGlobaleTTC: amount.optional(),
      motifRemiseGlobaleTTC: z.string().optional(),
      montantAPayer: amount.optional(),
    })
    .optional(),
  /** Amount already paid (not a soumettre field: the portal derives montantAPayer from it). */
  montantDejaPaye: amount.optional(),
});

export type KeyedInvoice = z.infer<typeof keyedInvoiceSchema>;

/** Recipient settings from structures/v1/consulter (`parametres`) and its status. */
export const recipientParamsSchema = z.object({
  codeServiceDoitEtreRenseigne: z.boolean(),
  numeroEJDoitEtreRenseigne: z.boolean(),
  gestionNumeroEJOuCodeService: z.boolean(),
  active: z.boolean(),
});

export type RecipientParams = z.infer<typeof recipientParamsSchema>;

/** One entry of transverses/recuperer/tauxtva: `{ code: "TVA20", rate: "20" }`. */
export const vatRateSchema = z.object({ code: z.string(), rate: z.string() });
export type VatRate = z.infer<typeof vatRateSchema>;

/** Metropolitan France rates (CGI art. 278 ff.); overseas and Corsica pass their own list. */
export const FRENCH_VAT_RATES: readonly VatRate[] = [
  { code: "TVA20", rate: "20" },
  { code: "TVA10", rate: "10" },
  { code: "TVA5.5", rate: "5.5" },
  { code: "TVA2.1", rate: "2.1" },
  { code: "TVA0", rate: "0" },
];
