// The cadres de facturation of works pieces (CONTRACT §6.2, LIFECYCLE §5.2–§5.3) as one table: who
// deposits each cadre, which cadre it follows, and what the piece is. Pure: used by the forms (what to
// offer), the server actions (what to accept) and the tests.
import type { CadreTravaux } from "@/lib/chorus-pro/schemas/factures-travaux";

/** The party of a works contract that deposits a piece. */
export type Depositor = "fournisseur" | "soustraitant" | "cotraitant" | "moe" | "moa";

export interface CadreInfo {
  cycle: "MENSUEL" | "FINAL";
  depositor: Depositor;
  /** Cadres the previous piece may have; absent = the piece opens a billing file. */
  after?: readonly CadreTravaux[];
  /** Sub- and co-contractor pieces name the titulaire that validates them. */
  needsValidator?: boolean;
  /** The next piece must take the previous piece's amounts (the signed DG, A8). */
  sameAmounts?: boolean;
}

const MONTHLY_PROJECTS = ["A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT"] as const;
const FINAL_PROJECTS = ["A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR", "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT", "A14_PROJET_DECOMPTE_FINAL_COTRAITANT"] as const;

/** A4…A20 (A21 is not a works piece; the tacit procedure A22–A25 is not offered by the portal yet). */
export const CADRES: Partial<Record<CadreTravaux, CadreInfo>> = {
  A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR: { cycle: "MENSUEL", depositor: "fournisseur" },
  A5_ETAT_ACOMPTE_FOURNISSEUR: { cycle: "MENSUEL", depositor: "fournisseur" },
  A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR: { cycle: "MENSUEL", depositor: "fournisseur" },
  A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR: { cycle: "FINAL", depositor: "fournisseur" },
  A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR: { cycle: "FINAL", depositor: "fournisseur", after: ["A20_DECOMPTE_GENERAL_MOA", "A18_DECOMPTE_GENERAL_MOE"], sameAmounts: true },
  A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT: { cycle: "MENSUEL", depositor: "soustraitant", needsValidator: true },
  A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT: { cycle: "FINAL", depositor: "soustraitant", needsValidator: true },
  A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT: { cycle: "MENSUEL", depositor: "cotraitant", needsValidator: true },
  A14_PROJET_DECOMPTE_FINAL_COTRAITANT: { cycle: "FINAL", depositor: "cotraitant", needsValidator: true },
  A15_ETAT_ACOMPTE_MOE: { cycle: "MENSUEL", depositor: "moe", after: MONTHLY_PROJECTS },
  A16_ETAT_ACOMPTE_VALIDE_MOE: { cycle: "MENSUEL", depositor: "moe", after: MONTHLY_PROJECTS },
  A17_PROJET_DECOMPTE_GENERAL_MOE: { cycle: "FINAL", depositor: "moe", after: FINAL_PROJECTS },
  A18_DECOMPTE_GENERAL_MOE: { cycle: "FINAL", depositor: "moe", after: FINAL_PROJECTS },
  A19_ETAT_ACOMPTE_VALIDE_MOA: { cycle: "MENSUEL", depositor: "moa", after: ["A15_ETAT_ACOMPTE_MOE", "A5_ETAT_ACOMPTE_FOURNISSEUR"] },
  A20_DECOMPTE_GENERAL_MOA: { cycle: "FINAL", depositor: "moa", after: ["A17_PROJET_DECOMPTE_GENERAL_MOE"] },
};

export const WORKS_CADRES = Object.keys(CADRES) as CadreTravaux[];

export function cadreInfo(cadre: string | undefined): CadreInfo | undefined {
  return cadre ? CADRES[cadre as CadreTravaux] : undefined;
}

/** The portal role that deposits a cadre (sub- and co-contractors are suppliers in the portal). */
export function roleOfDepositor(d: Depositor): "fournisseur" | "moe" | "moa" {
  return d === "moe" || d === "moa" ? d : "fournisseur";
}

/** Cadres that open a billing file, for the portal role of the person (only suppliers open files). */
export function openingCadres(role: "fournisseur" | "moe" | "moa"): CadreTravaux[] {
  return WORKS_CADRES.filter((c) => !CADRES[c]?.after && roleOfDepositor(CADRES[c]!.depositor) === role);
}

/** Cadres that may follow a piece of cadre `previous`, deposited by a party of this portal role. */
export function nextCadres(previous: string | undefined, role: "fournisseur" | "moe" | "moa"): CadreTravaux[] {
  if (!previous) return [];
  return WORKS_CADRES.filter((c) => CADRES[c]?.after?.includes(previous as CadreTravaux) && roleOfDepositor(CADRES[c]!.depositor) === role);
}

/** Out-of-order pieces (a décompte général before the projet…): a French reason, or null when in order. */
export function sequenceError(cadre: CadreTravaux, previous: { cadre: string | undefined; idPieceSuivante?: number | undefined } | undefined): string | null {
  const info = CADRES[cadre];
  if (!info) return "Ce cadre de facturation n'est pas une pièce de travaux que le portail peut déposer.";
  if (!info.after) return previous ? "Ce cadre ouvre un nouveau dossier de facturation : il ne peut pas suivre une pièce existante." : null;
  if (!previous) return "Cette pièce doit suivre une pièce existante du dossier de facturation : indiquez la pièce précédente.";
  if (!info.after.includes(previous.cadre as CadreTravaux)) {
    return `Cette pièce ne peut pas suivre la pièce précédente (${previous.cadre ?? "cadre inconnu"}) : elle doit suivre ${info.after.map((c) => c.split("_")[0]).join(" ou ")}.`;
  }
  if (previous.idPieceSuivante !== undefined) return "La pièce précédente a déjà une pièce suivante : ouvrez la dernière pièce du dossier.";
  return null;
}
