// LIFECYCLE §2.3 — the ONE table of traiter/recue transitions (also answers recuperer/etats/traitement).
// Only the MISE_A_DISPOSITION row is SEEN [COMM-ETATS]; the rest is INFERRED from rule 1 (no order enforced).
import type { Statut } from "./enums";
import { INFERRED } from "./inferred";

const TRT: Statut[] = ["SERVICE_FAIT", "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT"];

function fromAvailable(noop: Statut): Statut[] {
  // SEEN order for MISE_A_DISPOSITION, A_RECYCLER only while recycling is enabled, SERVICE_FAIT appended (§9).
  const list: Statut[] = [noop, "SUSPENDUE", "REJETEE", "MANDATEE", "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE"];
  if (INFERRED.recyclingEnabled) list.push("A_RECYCLER");
  list.push("SERVICE_FAIT");
  return list;
}

function processing(current: Statut, strict: boolean): Statut[] {
  if (strict) return [...TRT.slice(TRT.indexOf(current) + 1), "REJETEE"];
  return [...TRT.filter((s) => s !== current), "SUSPENDUE", "REJETEE"];
}

export function traiterRecueTargets(current: Statut, strict = INFERRED.strictTraiterMatrix): Statut[] {
  switch (current) {
    case "MISE_A_DISPOSITION":
    case "COMPLETEE":
      return fromAvailable(current);
    case "SERVICE_FAIT":
    case "MANDATEE":
    case "MISE_A_DISPOSITION_COMPTABLE":
    case "COMPTABILISEE":
      return processing(current, strict);
    case "PRISE_EN_COMPTE_DESTINATAIRE":
      return strict ? [...TRT, "REJETEE"] : [...TRT, "SUSPENDUE", "REJETEE"];
    case "MISE_EN_PAIEMENT":
      return strict ? [] : TRT.filter((s) => s !== current);
    case "SUSPENDUE":
      return strict ? [] : ["REJETEE"];
    default:
      // REJETEE, A_RECYCLER, DEPOSEE, EN_COURS_ACHEMINEMENT, BROUILLON, INTERPRETEE_OCR, validation and works statuses.
      return [];
  }
}

/** LIFECYCLE rule 3: motif mandatory for these targets (A_RECYCLER INFERRED). */
export const MOTIF_REQUIRED_FOR: readonly Statut[] = ["REJETEE", "SUSPENDUE", "A_RECYCLER"];

/** LIFECYCLE rule 2: the recipient's to-do list. */
export const A_TRAITER_RECIPIENDAIRE: readonly Statut[] = ["MISE_A_DISPOSITION", "COMPLETEE"];

/** LIFECYCLE §2.4: supplier-processable statuses (rechercher/atraiter/fournisseur). */
export const A_TRAITER_FOURNISSEUR: readonly Statut[] = [
  "BROUILLON", "A_VALIDER_1", "A_VALIDER_2", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "VALIDEE_1", "VALIDEE_2", "REFUSEE_1",
  "REFUSEE_2", "ERREUR_COTRAITANT_SUR_VALIDEUR", "ABSENCE_VALIDATION_1_HORS_DELAI", "ABSENCE_VALIDATION_2_HORS_DELAI",
  "DEPOSEE", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "A_RECYCLER", "SUSPENDUE",
];

/** Validator's to-do list (rechercher/aTraiter/valideur) and visible statuses (recuperer/statutsFactureVisibles). */
export const A_TRAITER_VALIDEUR: readonly Statut[] = ["A_VALIDER_1", "A_VALIDER_2"];
export const VISIBLES_VALIDEUR: readonly Statut[] = [
  "A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "ABSENCE_VALIDATION_1_HORS_DELAI",
  "A_VALIDER_2", "VALIDEE_2", "REFUSEE_2", "ERREUR_COTRAITANT_SUR_VALIDEUR", "ABSENCE_VALIDATION_2_HORS_DELAI",
];
