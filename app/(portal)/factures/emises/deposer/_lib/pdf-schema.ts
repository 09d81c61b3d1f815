import { z } from "zod";
import { isValidSiret, parseDecimalInput } from "@/lib/format";
import { Dec } from "@/lib/invoice/decimal";

const amount = (label: string) => z.string().trim().transform((v, ctx) => {
  const parsed = parseDecimalInput(v);
  if (parsed === null || new Dec(parsed).isNegative()) {
    ctx.addIssue({ code: "custom", message: `${label} : saisissez un montant positif en euros, par exemple 1 234,56.` });
    return z.NEVER;
  }
  return parsed;
});
const optionalText = z.string().trim().max(100).optional().transform((v) => (v ? v : undefined));

/** The invoice data a PDF deposit needs (DEPOT_PDF_API), checked on the server whatever the form sent. */
export const PdfDepositInput = z.object({
  uploadId: z.uuid({ error: "Envoyez d'abord le PDF de la facture." }),
  idStructureCPP: z.number().int().positive(),
  siretDestinataire: z.string().trim().refine((v) => /^\d{14}$/.test(v.replace(/\s/g, "")) && isValidSiret(v.replace(/\s/g, "")), {
    error: "Le SIRET du destinataire doit comporter 14 chiffres avec une clé de contrôle juste.",
  }).transform((v) => v.replace(/\s/g, "")),
  codeServiceExecutant: optionalText,
  numeroEngagement: optionalText,
  numeroFacture: z.string().trim().min(1, { error: "Indiquez le numéro de la facture." }).max(20, { error: "Le numéro de facture ne doit pas dépasser 20 caractères." }),
  dateFacture: z.iso.date({ error: "Indiquez la date de la facture (jj/mm/aaaa)." }),
  montantHT: amount("Montant HT"),
  montantTVA: amount("Montant TVA"),
  montantTTC: amount("Montant TTC"),
}).superRefine((v, ctx) => {
  if (!new Dec(v.montantHT).plus(v.montantTVA).eq(v.montantTTC)) {
    ctx.addIssue({ code: "custom", path: ["montantTTC"], message: "Le montant TTC doit être égal au montant HT plus la TVA." });
  }
});
export type PdfDepositInput = z.input<typeof PdfDepositInput>;
