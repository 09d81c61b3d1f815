import { z } from "zod";
import { parseDecimalInput } from "@/lib/format";
import { checkKeyedInvoice, type KeyedCheckContext } from "@/lib/invoice/keyed-checks";
import type { KeyedInvoice } from "@/lib/invoice/keyed-invoice";
import type { InvoiceIssue } from "@/lib/invoice/issue";
import type { ChorusTotals } from "@/lib/invoice/totals";

// The key-in form's state, as the browser holds it and as a draft stores it. Everything a person
// types stays a string (amounts in French or English notation), so a half-typed draft always
// saves; the business rules (lib/invoice checkKeyedInvoice) run on the mapped invoice instead.
// Pure module: the browser runs the same checks for instant feedback, the server for authority.

const text = (max: number) => z.string().max(max, `${max} caractères au plus.`).default("");

import { CADRES, MAX_ATTACHMENTS, MAX_LINES, MODES_PAIEMENT, TYPES_TVA, emptyLine } from "./saisie-facture-model";

export { CADRES, MAX_ATTACHMENTS, MAX_LINES, MODES_PAIEMENT, TYPES_TVA, emptyLine };

export const ligneSaisieSchema = z.object({
  reference: text(50),
  denomination: text(300),
  quantite: text(30),
  unite: text(30),
  prixUnitaireHT: text(30),
  remiseHT: text(30),
  tauxTva: text(20),
});
export type LigneSaisie = z.infer<typeof ligneSaisieSchema>;

/** A file received by /api/uploads; sent with ajouter/fichier only when the invoice leaves. */
export const pieceSaisieSchema = z.object({
  uploadId: z.uuid("Pièce jointe inconnue : envoyez-la à nouveau."),
  fileName: z.string().max(255),
  size: z.number().int().nonnegative(),
});
export type PieceSaisie = z.infer<typeof pieceSaisieSchema>;

export const saisieFactureSchema = z.object({
  destinataire: z.object({
    siret: text(14),
    idStructureCPP: z.number().int().positive().nullable().default(null),
    nom: text(200),
    codeServiceExecutant: text(100),
  }).prefault({}),
  numeroFacture: text(40),
  dateFacture: text(10),
  typeFacture: z.enum(["FACTURE", "AVOIR"]).default("FACTURE"),
  numeroFactureOrigine: text(40),
  cadre: z.enum(CADRES).default("A1_FACTURE_FOURNISSEUR"),
  codeStructureValideur: text(14),
  codeServiceValideur: text(100),
  modePaiement: z.enum(MODES_PAIEMENT).default("VIREMENT"),
  // The structure's account the invoice is to be paid to (coordbanc/valides id); null = none named.
  idCoordonneeBancaire: z.number("Compte bancaire inconnu : choisissez un compte dans la liste.").int().positive().nullable().default(null),
  typeTva: z.enum(TYPES_TVA).default("TVA_SUR_DEBIT"),
  motifExonerationTva: text(200),
  numeroEngagement: text(50),
  numeroMarche: text(50),
  commentaire: text(2000),
  montantDejaPaye: text(30),
  lignes: z.array(ligneSaisieSchema).max(MAX_LINES, `${MAX_LINES} lignes au plus.`).default([]),
  pieceJointePrincipale: pieceSaisieSchema.nullable().default(null),
  piecesJointes: z.array(pieceSaisieSchema).max(MAX_ATTACHMENTS, `${MAX_ATTACHMENTS} pièces jointes complémentaires au plus.`).default([]),
});
export type SaisieFacture = z.infer<typeof saisieFactureSchema>;


export function emptySaisie(today: string): SaisieFacture {
  return saisieFactureSchema.parse({ dateFacture: today, lignes: [emptyLine()] });
}

// --- Action inputs ---------------------------------------------------------------------------

export const draftIdSchema = z.uuid("Brouillon inconnu.");
export const saveDraftSchema = z.object({ idStructureCPP: z.number().int().positive(), draftId: draftIdSchema.nullable(), data: saisieFactureSchema });
export const draftRefSchema = z.object({ idStructureCPP: z.number().int().positive(), draftId: draftIdSchema });

// --- Mapping ---------------------------------------------------------------------------------

/** A typed amount in canonical form ("1234.56"), or the text as typed so the checks can name it. */
function dec(value: string): string {
  const trimmed = value.trim();
  if (trimmed === "") return "";
  return parseDecimalInput(trimmed) ?? trimmed;
}
const opt = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());

/** The form in lib/invoice's keyed-invoice shape (soumettre wire names). */
export function toKeyedInvoice(form: SaisieFacture): KeyedInvoice {
  const validated = form.cadre === "A9_FACTURE_SOUSTRAITANT" || form.cadre === "A12_FACTURE_COTRAITANT";
  return {
    numeroFactureSaisi: form.numeroFacture.trim(),
    dateFacture: form.dateFacture.trim(),
    destinataire: { codeDestinataire: form.destinataire.siret.replace(/\s/g, ""), codeServiceExecutant: opt(form.destinataire.codeServiceExecutant) },
    cadreDeFacturation: {
      codeCadreFacturation: form.cadre,
      codeStructureValideur: validated ? opt(form.codeStructureValideur.replace(/\s/g, "")) : undefined,
      codeServiceValideur: validated ? opt(form.codeServiceValideur) : undefined,
    },
    references: {
      deviseFacture: "EUR",
      typeFacture: form.typeFacture,
      typeTva: form.typeTva,
      motifExonerationTva: form.typeTva === "EXONERATION" ? opt(form.motifExonerationTva) : undefined,
      numeroMarche: opt(form.numeroMarche),
      numeroBonCommande: opt(form.numeroEngagement),
      numeroFactureOrigine: form.typeFacture === "AVOIR" ? opt(form.numeroFactureOrigine) : undefined,
      modePaiement: form.modePaiement,
    },
    lignePoste: form.lignes.map((l) => ({
      lignePosteReference: opt(l.reference),
      lignePosteDenomination: l.denomination.trim(),
      lignePosteQuantite: dec(l.quantite),
      lignePosteUnite: opt(l.unite),
      lignePosteMontantUnitaireHT: dec(l.prixUnitaireHT),
      lignePosteMontantRemiseHT: opt(dec(l.remiseHT)),
      lignePosteTauxTva: l.tauxTva,
    })),
    montantDejaPaye: opt(dec(form.montantDejaPaye)),
  };
}

// keyed-checks names fields in wire paths; the form names them its own way.
const PATHS: [RegExp, string][] = [
  [/^numeroFactureSaisi$/, "numeroFacture"],
  [/^destinataire\.codeDestinataire$/, "destinataire.siret"],
  [/^cadreDeFacturation\.codeStructureValideur$/, "codeStructureValideur"],
  [/^references\.numeroBonCommande$/, "numeroEngagement"],
  [/^references\.numeroFactureOrigine$/, "numeroFactureOrigine"],
  [/^references\.motifExonerationTva$/, "motifExonerationTva"],
  [/^lignePoste\[(\d+)\]\.lignePosteDenomination$/, "lignes.$1.denomination"],
  [/^lignePoste\[(\d+)\]\.lignePosteQuantite$/, "lignes.$1.quantite"],
  [/^lignePoste\[(\d+)\]\.lignePosteMontantUnitaireHT$/, "lignes.$1.prixUnitaireHT"],
  [/^lignePoste\[(\d+)\]\.lignePosteMontantRemiseHT$/, "lignes.$1.remiseHT"],
  [/^lignePoste\[(\d+)\]\.lignePosteTauxTva$/, "lignes.$1.tauxTva"],
  [/^lignePoste$/, "lignes"],
];
export function formPath(wirePath: string): string {
  for (const [re, to] of PATHS) if (re.test(wirePath)) return wirePath.replace(re, to);
  return wirePath;
}

export type FieldErrors = Record<string, string[]>;

export function issuesToFieldErrors(issues: readonly InvoiceIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) (out[formPath(i.path)] ??= []).push(i.message);
  return out;
}

/** All checks of the form, browser and server alike; `recipient` null = not chosen yet. */
export function checkSaisie(form: SaisieFacture, ctx: Omit<KeyedCheckContext, "recipient"> & { recipient: KeyedCheckContext["recipient"] | null }): { errors: FieldErrors; totals: ChorusTotals | null } {
  const recipient = ctx.recipient ?? { codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false, active: true };
  const { issues, totals } = checkKeyedInvoice(toKeyedInvoice(form), { ...ctx, recipient });
  const errors = issuesToFieldErrors(issues);
  if (!ctx.recipient && !errors["destinataire.siret"]) errors["destinataire.siret"] = ["Choisissez le destinataire dans l'annuaire (recherche par SIRET ou par nom)."];
  return { errors, totals };
}

/** Attachments already received by Chorus Pro (ajouter/fichier), by their pieceJointeId. */
export type SentPieces = { principale: { id: number; nom: string } | null; complementaires: { id: number; nom: string }[] };
const NO_PIECES: SentPieces = { principale: null, complementaires: [] };
// The designation is shown beside the extension Chorus Pro keeps: the name without its own.
const designation = (fileName: string) => (fileName.includes(".") ? fileName.slice(0, fileName.lastIndexOf(".")) : fileName).slice(0, 100);

/** The soumettre body (SAISIE_API) from a checked form and the totals the portal computed. */
export function toSoumettreBody(form: SaisieFacture, totals: ChorusTotals, idFournisseur: number, pieces: SentPieces = NO_PIECES) {
  const inv = toKeyedInvoice(form);
  return {
    modeDepot: "SAISIE_API" as const,
    numeroFactureSaisi: inv.numeroFactureSaisi,
    dateFacture: inv.dateFacture,
    destinataire: inv.destinataire,
    fournisseur: { idFournisseur, ...(form.idCoordonneeBancaire !== null ? { codeCoordonneesBancairesFournisseur: form.idCoordonneeBancaire } : {}) },
    cadreDeFacturation: inv.cadreDeFacturation,
    references: { ...inv.references, deviseFacture: "EUR", modePaiement: form.modePaiement },
    lignePoste: totals.lignePoste.map((t, i) => {
      const line = inv.lignePoste[i];
      return {
        lignePosteNumero: t.lignePosteNumero,
        lignePosteReference: line?.lignePosteReference,
        lignePosteDenomination: line?.lignePosteDenomination ?? "",
        lignePosteQuantite: t.lignePosteQuantite,
        lignePosteUnite: line?.lignePosteUnite,
        lignePosteMontantUnitaireHT: t.lignePosteMontantUnitaireHT,
        lignePosteMontantRemiseHT: t.lignePosteMontantRemiseHT,
        lignePosteTauxTva: t.lignePosteTauxTva,
      };
    }),
    ligneTva: totals.ligneTva,
    montantTotal: {
      montantHtTotal: totals.montantTotal.montantHtTotal,
      montantTVA: totals.montantTotal.montantTVA,
      montantTtcTotal: totals.montantTotal.montantTtcTotal,
      montantAPayer: totals.montantTotal.montantAPayer,
    },
    ...(pieces.principale ? { pieceJointePrincipale: { pieceJointePrincipaleId: pieces.principale.id, pieceJointePrincipaleDesignation: designation(pieces.principale.nom) } } : {}),
    ...(pieces.complementaires.length > 0
      ? { pieceJointeComplementaire: pieces.complementaires.map((p) => ({ pieceJointeComplementaireId: p.id, pieceJointeComplementaireDesignation: designation(p.nom), pieceJointeComplementaireType: "AUTRE" })) }
      : {}),
    ...(opt(form.commentaire) ? { commentaire: form.commentaire.trim() } : {}),
  };
}
export type SoumettreBody = ReturnType<typeof toSoumettreBody>;

export const soumettreDedupKey = (idFournisseur: number, numeroFacture: string) => `soumettre:${idFournisseur}:${numeroFacture}`;
