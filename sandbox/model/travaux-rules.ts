// The works billing-file rules of LIFECYCLE §5 in one table: who deposits each cadre, which piece it follows,
// where it lands, and who is expected to act on a piece at each status. Pairings tagged INFERRED in LIFECYCLE
// §5.2/§5.3 are implemented here and nowhere else.
import type { Cadre, Statut } from "./enums";
import { BusinessError } from "./errors";
import { INFERRED } from "./inferred";
import type { Invoice } from "./types";

export type Party = "fournisseur" | "moe" | "moa" | "valideur" | "destinataire";

export interface CadreRule {
  cycle: "MENSUEL" | "FINAL";
  /** Who deposits the piece. */
  depositor: "fournisseur" | "moe" | "moa";
  /** Cadres the previous piece may have; absent = the piece opens a billing file. */
  after?: readonly Cadre[];
  /** Status reached once the platform routed the piece (LIFECYCLE §5.2 / §5.3). */
  arrival: Statut;
  /** A sub/co-contractor piece names the titulaire as validator (INFERRED, see inferred.ts). */
  needsValidator?: boolean;
}

const MONTHLY_OPENERS = ["A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT"] as const;
const FINAL_OPENERS = ["A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR", "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT", "A14_PROJET_DECOMPTE_FINAL_COTRAITANT"] as const;
const VALIDATOR = INFERRED.travauxValidatorStatus;

export const CADRE_RULES: Partial<Record<Cadre, CadreRule>> = {
  A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR: { cycle: "MENSUEL", depositor: "fournisseur", arrival: "MISE_A_DISPOSITION_MOE" },
  A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT: { cycle: "MENSUEL", depositor: "fournisseur", arrival: VALIDATOR, needsValidator: true },
  A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT: { cycle: "MENSUEL", depositor: "fournisseur", arrival: VALIDATOR, needsValidator: true },
  // Variants without MOE (A5) or without MOE/MOA step (A6): INFERRED from the cadre names (LIFECYCLE §5.2).
  A5_ETAT_ACOMPTE_FOURNISSEUR: { cycle: "MENSUEL", depositor: "fournisseur", arrival: "MISE_A_DISPOSITION_MOA" },
  A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR: { cycle: "MENSUEL", depositor: "fournisseur", arrival: "MISE_A_DISPOSITION" },
  A15_ETAT_ACOMPTE_MOE: { cycle: "MENSUEL", depositor: "moe", after: MONTHLY_OPENERS, arrival: "MISE_A_DISPOSITION_MOA" },
  A16_ETAT_ACOMPTE_VALIDE_MOE: { cycle: "MENSUEL", depositor: "moe", after: MONTHLY_OPENERS, arrival: "MISE_A_DISPOSITION" },
  A19_ETAT_ACOMPTE_VALIDE_MOA: { cycle: "MENSUEL", depositor: "moa", after: ["A15_ETAT_ACOMPTE_MOE", "A5_ETAT_ACOMPTE_FOURNISSEUR"], arrival: "MISE_A_DISPOSITION" },
  A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR: { cycle: "FINAL", depositor: "fournisseur", arrival: "MISE_A_DISPOSITION_MOE" },
  A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT: { cycle: "FINAL", depositor: "fournisseur", arrival: VALIDATOR, needsValidator: true },
  A14_PROJET_DECOMPTE_FINAL_COTRAITANT: { cycle: "FINAL", depositor: "fournisseur", arrival: VALIDATOR, needsValidator: true },
  A17_PROJET_DECOMPTE_GENERAL_MOE: { cycle: "FINAL", depositor: "moe", after: FINAL_OPENERS, arrival: "MISE_A_DISPOSITION_MOA" },
  A18_DECOMPTE_GENERAL_MOE: { cycle: "FINAL", depositor: "moe", after: FINAL_OPENERS, arrival: "A_ASSOCIER_FOURNISSEUR" },
  A20_DECOMPTE_GENERAL_MOA: { cycle: "FINAL", depositor: "moa", after: ["A17_PROJET_DECOMPTE_GENERAL_MOE"], arrival: "A_ASSOCIER_FOURNISSEUR" },
  A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR: { cycle: "FINAL", depositor: "fournisseur", after: ["A20_DECOMPTE_GENERAL_MOA", "A18_DECOMPTE_GENERAL_MOE"], arrival: "MISE_A_DISPOSITION" },
};

export function ruleOf(cadre: string): CadreRule {
  const r = CADRE_RULES[cadre as Cadre];
  if (!r) throw new BusinessError("TRAVAUX_CADRE_INVALIDE", cadre);
  return r;
}

/** Statuses at which a reviewer may act on a piece (take into account, refuse, ask completion, ask recycling). */
const REVIEW: Partial<Record<Statut, Party>> = {
  A_VALIDER_MOE: "valideur",
  MISE_A_DISPOSITION_MOE: "moe", PRISE_EN_COMPTE_MOE: "moe",
  MISE_A_DISPOSITION_MOA: "moa", PRISE_EN_COMPTE_MOA: "moa",
  A_ASSOCIER_FOURNISSEUR: "fournisseur",
};

/** Statuses where the depositor must correct its piece (recycle, change validator, complete). */
export const TO_RECYCLE: readonly Statut[] = [
  "A_RECYCLER", "EN_ATTENTE_RECYCLAGE_FOURNISSEUR", "ERREUR_FOURNISSEUR_SUR_MOE", "ERREUR_FOURNISSEUR_SUR_MOA",
  "ERREUR_MOE_SUR_MOA", "ERREUR_DE_MOE", "ERREUR_DE_MOA",
];

/** Who is expected to act on the piece now (undefined: nobody — final, or handled by the Factures API). */
export function awaited(inv: Invoice): Party | "deposant" | undefined {
  if (inv.statut === "COMPLETEE") return inv.cadre.startsWith("A15") || inv.cadre.startsWith("A17") || inv.cadre.startsWith("A5_") ? "moa" : "moe";
  if (inv.statut === "A_COMPLETER" || inv.statut === "ERREUR_FOURNISSEUR_SUR_VALIDEUR" || inv.statut === "A_ASSOCIER_MOE" || TO_RECYCLE.includes(inv.statut)) return "deposant";
  if (inv.statut === "MISE_A_DISPOSITION") return "destinataire";
  return REVIEW[inv.statut];
}

/** The structure that holds a role on a piece. */
export function partyId(inv: Invoice, p: Party | "deposant"): number | undefined {
  switch (p) {
    case "deposant": return inv.idFournisseur;
    case "fournisseur": return inv.idTitulaire ?? inv.idFournisseur;
    case "moe": return inv.idMoe;
    case "moa": return inv.idMoa;
    case "valideur": return inv.idValideur;
    case "destinataire": return inv.visibleDestinataire ? inv.idDestinataire : undefined;
  }
}

/** Every structure entitled to see a piece of works (LIFECYCLE §5.1: every actor of the file). */
export function isParty(inv: Invoice, idStructure: number): boolean {
  return inv.idFournisseur === idStructure || inv.idTitulaire === idStructure || inv.idSousTraitant === idStructure
    || inv.idMoe === idStructure || inv.idMoa === idStructure || inv.idValideur === idStructure
    || (inv.idDestinataire === idStructure && inv.visibleDestinataire);
}

/**
 * Access by party: only the structure whose role is awaited at this step may act. Another party acting at a
 * step that awaits someone else gets GDP_MSG_11.005 (not entitled, out of turn); when no allowed role is
 * awaited at all (final or stopped piece) the state is wrong: GDP_MSG_11.001.
 */
export function requireTurn(inv: Invoice, idStructure: number, allowed: readonly (Party | "deposant")[]): Party | "deposant" {
  const who = awaited(inv);
  if (who && allowed.includes(who)) {
    if (partyId(inv, who) === idStructure) return who;
    throw new BusinessError("DP_NOT_ALLOWED", `pièce ${inv.id} au statut ${inv.statut} : action attendue de ${who}`);
  }
  if (!allowed.some((p) => partyId(inv, p) === idStructure)) throw new BusinessError("DP_NOT_ALLOWED", `pièce ${inv.id}`);
  throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
}

/** Refusal motifs SEEN [COMM-TRAV] with their ids; which status each one leads to per refusing party is INFERRED. */
export const MOTIFS_REFUS_TRAVAUX = [
  { idMotif: 116, codeMotif: "AUTRE", libelleMotif: "Autre motif" },
  { idMotif: 117, codeMotif: "MAUVAIS_VALIDEUR", libelleMotif: "Mauvais valideur" },
  { idMotif: 114, codeMotif: "MAUVAISE_MOE", libelleMotif: "Mauvaise maîtrise d'œuvre" },
  { idMotif: 115, codeMotif: "MAUVAISE_MOA", libelleMotif: "Mauvaise maîtrise d'ouvrage" },
  { idMotif: 5650, codeMotif: "REF_FAC_TRAVAUX", libelleMotif: "Refus de la facture de travaux" },
] as const;

const REFUSAL: Record<string, Partial<Record<string, Statut>>> = {
  moe: { AUTRE: "REFUSEE_MOE", REF_FAC_TRAVAUX: "REFUSEE_MOE", MAUVAISE_MOE: "ERREUR_FOURNISSEUR_SUR_MOE", MAUVAISE_MOA: "ERREUR_FOURNISSEUR_SUR_MOA", MAUVAIS_VALIDEUR: "ERREUR_FOURNISSEUR_SUR_VALIDEUR" },
  moa: { AUTRE: "REFUSEE_MOA", REF_FAC_TRAVAUX: "REFUSEE_MOA", MAUVAISE_MOA: "ERREUR_MOE_SUR_MOA", MAUVAISE_MOE: "ERREUR_DE_MOE" },
  valideur: { AUTRE: INFERRED.travauxValidatorRefusal, REF_FAC_TRAVAUX: INFERRED.travauxValidatorRefusal, MAUVAIS_VALIDEUR: "ERREUR_FOURNISSEUR_SUR_VALIDEUR" },
  fournisseur: { AUTRE: "REFUSEE_FOURNISSEUR", REF_FAC_TRAVAUX: "REFUSEE_FOURNISSEUR" },
};

export function refusalTarget(party: Party, motif: string, inv: Invoice): Statut {
  if (INFERRED.travauxAmountMotifs.includes(motif.toUpperCase())) throw new BusinessError("REFUS_MONTANT_INTERDIT");
  const to = REFUSAL[party]?.[motif];
  if (!to || (motif === "MAUVAIS_VALIDEUR" && inv.idValideur === undefined)) throw new BusinessError("MOTIF_REFUS_TRAVAUX_INCONNU", motif);
  return to;
}

/** Statuses that put the file "en anomalie", with the reason shown to the parties. */
export const ANOMALIES: Partial<Record<Statut, string>> = {
  ERREUR_FOURNISSEUR_SUR_MOE: "La maîtrise d'œuvre désignée n'est pas la bonne : le déposant doit recycler la pièce.",
  ERREUR_FOURNISSEUR_SUR_MOA: "La maîtrise d'ouvrage désignée n'est pas la bonne : le déposant doit recycler la pièce.",
  ERREUR_FOURNISSEUR_SUR_VALIDEUR: "Le valideur désigné n'est pas le bon : le déposant doit corriger le valideur.",
  ERREUR_MOE_SUR_MOA: "La MOA désignée par la MOE n'est pas la bonne : la MOE doit recycler sa pièce.",
  ERREUR_DE_MOE: "La MOE n'est pas la bonne : la pièce doit être recyclée.",
  ERREUR_DE_MOA: "La MOA n'est pas la bonne : la pièce doit être recyclée.",
  EN_ATTENTE_RECYCLAGE_FOURNISSEUR: "Recyclage demandé : le déposant doit corriger l'acheminement de la pièce.",
  A_RECYCLER: "Pièce à recycler par son déposant.",
  A_COMPLETER: "Complément demandé : le déposant doit compléter la pièce.",
  A_ASSOCIER_MOE: "Service de la MOE à compléter par le déposant.",
  REFUSEE_MOE: "Pièce refusée par la maîtrise d'œuvre : le circuit est arrêté.",
  REFUSEE_MOA: "Pièce refusée par la maîtrise d'ouvrage : le circuit est arrêté.",
  REFUSEE_1: "Pièce refusée par le valideur.",
  REFUSEE_FOURNISSEUR: "Décompte général refusé par le fournisseur.",
};
