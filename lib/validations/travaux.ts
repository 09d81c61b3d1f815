// Portal inputs of the works space (forms and server actions share them). Messages are French and
// say what to change; amounts stay decimal strings.
import { z } from "zod";
import { CadreTravaux } from "@/lib/chorus-pro/schemas/factures-travaux";
import { isValidSiret, parseDecimalInput } from "@/lib/format";
import { cadreInfo } from "@/lib/travaux/cadres";
import { amountErrors } from "@/lib/travaux/checks";

const id = z.coerce.number({ error: "Identifiant invalide." }).int().positive({ error: "Identifiant invalide." });
const optText = (max: number, label: string) => z.string().trim().max(max, { error: `${label} : ${max} caractères au plus.` }).optional().transform((v) => v || undefined);
const amount = (label: string) => z.string({ error: `${label} : montant obligatoire.` }).transform((v, ctx) => {
  const d = parseDecimalInput(v);
  if (d === null || d.startsWith("-")) { ctx.addIssue({ code: "custom", message: `${label} : saisissez un montant positif, par exemple 1 234,56.` }); return z.NEVER; }
  if (/\.\d{3,}$/.test(d)) { ctx.addIssue({ code: "custom", message: `${label} : deux décimales au plus.` }); return z.NEVER; }
  return d;
});
const siret = (label: string) => z.string().trim().transform((v) => v.replace(/\s/g, "")).refine((v) => /^\d{14}$/.test(v) && isValidSiret(v), { error: `${label} : 14 chiffres avec une clé de contrôle juste.` });

export const base = {
  idStructureCPP: id,
  idFactureTravaux: id,
  // One per form submission: a double click or a retry never queues the write twice.
  requestId: z.uuid({ error: "Requête invalide : rechargez la page." }),
};

export const PieceActionInput = z.object(base);

export const RefuserInput = z.object({
  ...base,
  codeMotif: z.string({ error: "Choisissez le motif du refus." }).trim().min(1, { error: "Choisissez le motif du refus." })
    // 19/02/2025: an amount error is corrected in the next piece, never a reason to refuse (KB-MONTANT).
    .refine((v) => !/MONTANT/i.test(v), { error: "Une erreur de montant ne permet pas de refuser la pièce : déposez la pièce suivante avec le montant corrigé." }),
  commentaire: z.string().trim().min(1, { error: "Expliquez le refus en quelques mots." }).max(255, { error: "255 caractères au plus." }),
});

export const CommentaireInput = z.object({
  ...base,
  commentaire: z.string().trim().min(1, { error: "Dites ce qu'il faut compléter." }).max(255, { error: "255 caractères au plus." }),
});

export const CompleterInput = z.object({ ...base, commentaire: optText(255, "Commentaire") })
  .refine((v) => v.commentaire !== undefined, { path: ["commentaire"], error: "Dites ce que vous avez complété." });

export const ServiceMoeInput = z.object({ ...base, codeServiceMoe: z.string().trim().min(1, { error: "Indiquez le code du service de la maîtrise d'œuvre." }).max(100) });

export const ValideurInput = z.object({ ...base, siretValideur: siret("SIRET du valideur") });

export const RecyclerInput = z.object({
  ...base,
  siretDestinataire: z.string().trim().optional().transform((v) => v?.replace(/\s/g, "") || undefined)
    .refine((v) => v === undefined || (/^\d{14}$/.test(v) && isValidSiret(v)), { error: "SIRET du destinataire : 14 chiffres avec une clé de contrôle juste." }),
  codeServiceExecutant: optText(100, "Code service"),
  siretMoe: z.string().trim().optional().transform((v) => v?.replace(/\s/g, "") || undefined)
    .refine((v) => v === undefined || (/^\d{14}$/.test(v) && isValidSiret(v)), { error: "SIRET de la maîtrise d'œuvre : 14 chiffres avec une clé de contrôle juste." }),
  numeroBonCommande: optText(50, "Bon de commande"),
}).refine((v) => v.siretDestinataire || v.codeServiceExecutant || v.siretMoe || v.numeroBonCommande, { path: ["siretDestinataire"], error: "Indiquez au moins le nouveau destinataire, le service, la maîtrise d'œuvre ou le bon de commande." });

/** A works piece: opens a file (no previous piece) or follows one. */
export const PieceInput = z.object({
  idStructureCPP: id,
  requestId: base.requestId,
  cadre: CadreTravaux,
  idPiecePrecedente: id.optional(),
  numero: z.string().trim().min(1, { error: "Numéro de la pièce obligatoire." }).max(20, { error: "Numéro : 20 caractères au plus." }).regex(/^[\w\-/.]+$/, { error: "Numéro : lettres, chiffres, tirets, points et barres obliques seulement." }),
  dateFacture: z.iso.date({ error: "Date de la pièce invalide." }).refine((d) => d <= new Date().toISOString().slice(0, 10), { error: "La date de la pièce ne peut pas être dans le futur." }),
  siretDestinataire: z.string().trim().optional().transform((v) => v?.replace(/\s/g, "") || undefined),
  codeServiceExecutant: optText(100, "Code service"),
  siretMoe: z.string().trim().optional().transform((v) => v?.replace(/\s/g, "") || undefined),
  siretValideur: z.string().trim().optional().transform((v) => v?.replace(/\s/g, "") || undefined),
  numeroMarche: optText(50, "Numéro de marché"),
  numeroBonCommande: optText(50, "Bon de commande"),
  montantHT: amount("Montant HT"),
  montantTVA: amount("Montant de TVA"),
  montantTTC: amount("Montant TTC"),
  commentaire: optText(255, "Commentaire"),
});
export type PieceInput = z.infer<typeof PieceInput>;

const siretOk = (v: string | undefined) => v !== undefined && /^\d{14}$/.test(v) && isValidSiret(v);

/** Checks that depend on the cadre (parties an opener must name): field → French message. */
export function pieceFieldErrors(v: PieceInput, needs: { opener: boolean; validator: boolean }): Record<string, string> {
  const out: Record<string, string> = {};
  if (needs.opener && !siretOk(v.siretDestinataire)) out.siretDestinataire = "SIRET du destinataire (maître d'ouvrage payeur) : 14 chiffres avec une clé de contrôle juste.";
  if (needs.opener && !v.numeroMarche) out.numeroMarche = "Le numéro de marché est obligatoire pour ouvrir un dossier de facturation.";
  if (v.siretMoe !== undefined && !siretOk(v.siretMoe)) out.siretMoe = "SIRET de la maîtrise d'œuvre : 14 chiffres avec une clé de contrôle juste.";
  if (needs.validator && !siretOk(v.siretValideur)) out.siretValideur = "Ce cadre exige le SIRET du titulaire du marché qui valide la pièce.";
  return out;
}

/** The deposit form: field checks plus those that depend on the cadre (parties, amounts). */
export const PieceFormInput = PieceInput.superRefine((v, ctx) => {
  const info = CADRE_NEEDS(v.cadre);
  const errors = { ...pieceFieldErrors(v, { opener: v.idPiecePrecedente === undefined, validator: info.validator }), ...amountErrors(v, v.cadre) };
  for (const [path, message] of Object.entries(errors)) ctx.addIssue({ code: "custom", path: [path], message });
});

function CADRE_NEEDS(cadre: string) {
  return { validator: cadreInfo(cadre)?.needsValidator === true };
}
