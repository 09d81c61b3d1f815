// Amount checks of a works piece, in decimals (never floats): HT + TVA = TTC, the amount to pay within
// the TTC, and the signed DG (A8) taking the DG's amounts (LIFECYCLE §5.3 step 4).
import Decimal from "decimal.js";
import { cadreInfo } from "./cadres";

export interface PieceAmounts { montantHT: string; montantTVA: string; montantTTC: string; montantAPayer?: string | undefined }

/** Field → French message, empty when the amounts are consistent. */
export function amountErrors(a: PieceAmounts, cadre: string, previous?: { montantHT?: string | undefined; montantTTC?: string | undefined }): Record<string, string> {
  const out: Record<string, string> = {};
  const ht = new Decimal(a.montantHT), tva = new Decimal(a.montantTVA), ttc = new Decimal(a.montantTTC);
  if (!ht.plus(tva).equals(ttc)) out.montantTTC = `Le montant TTC doit être égal au HT plus la TVA (${ht.plus(tva).toFixed(2).replace(".", ",")} €).`;
  if (a.montantAPayer !== undefined && new Decimal(a.montantAPayer).greaterThan(ttc)) out.montantAPayer = "Le montant à payer ne peut pas dépasser le montant TTC.";
  if (cadreInfo(cadre)?.sameAmounts && previous?.montantHT !== undefined && previous.montantTTC !== undefined
    && (!ht.equals(previous.montantHT) || !ttc.equals(previous.montantTTC))) {
    out.montantHT = `Le décompte général signé reprend les montants du décompte général : HT ${fr(previous.montantHT)} €, TTC ${fr(previous.montantTTC)} €.`;
  }
  return out;
}

/** A piece that rectifies the previous one's amounts: said to the person, not an error (LIFECYCLE §5.2). */
export function rectifiedFrom(a: PieceAmounts, previous?: { montantTTC?: string | undefined }): string | null {
  if (previous?.montantTTC === undefined || new Decimal(previous.montantTTC).equals(a.montantTTC)) return null;
  return `Le montant TTC (${fr(a.montantTTC)} €) rectifie celui de la pièce précédente (${fr(previous.montantTTC)} €) : la rectification sera visible de toutes les parties du dossier.`;
}

const fr = (v: string) => new Decimal(v).toFixed(2).replace(".", ",");
