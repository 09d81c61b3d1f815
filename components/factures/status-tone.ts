// Which badge tone a status takes: a pure table, shared by every invoice space.
// Colour is never the only signal: the badge always says the status in words.
import type { BadgeTone } from "@/components/ui/badge";
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";

const DANGER = new Set<StatutFacture>([
  "REJETEE", "REFUSEE_1", "REFUSEE_2", "REFUSEE_MOE", "REFUSEE_MOA", "REFUSEE_FOURNISSEUR", "NON_CONFORME", "ERREUR_DESTINATAIRE_PD",
  "ERREUR_DESTINATAIRE_EA", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "ERREUR_COTRAITANT_SUR_VALIDEUR", "ERREUR_FOURNISSEUR_SUR_MOE",
  "ERREUR_MOE_SUR_FOURNISSEUR", "ERREUR_MOA_SUR_FOURNISSEUR", "ERREUR_FOURNISSEUR_SUR_MOA", "ERREUR_MOE_SUR_MOA", "ERREUR_DE_MOE", "ERREUR_DE_MOA",
]);
const WARNING = new Set<StatutFacture>([
  "SUSPENDUE", "A_RECYCLER", "A_COMPLETER", "INTERPRETEE_OCR", "EN_ATTENTE_RECYCLAGE_FOURNISSEUR", "ABSENCE_VALIDATION_1_HORS_DELAI",
  "ABSENCE_VALIDATION_2_HORS_DELAI", "A_ASSOCIER_FOURNISSEUR",
]);
const SUCCESS = new Set<StatutFacture>(["MISE_EN_PAIEMENT", "MANDATEE", "COMPTABILISEE", "SERVICE_FAIT", "VALIDEE_1", "VALIDEE_2", "COMPLETEE"]);
const NEUTRAL = new Set<StatutFacture>(["BROUILLON", "ABANDONNEE", "SUPPRIMEE", "TECHNIQUE_INCONNU", "REMPLACEE_PAR_A22", "DUPLIQUE_APRES_REFUS"]);

export function statusTone(statut: StatutFacture | undefined): BadgeTone {
  if (!statut) return "neutral";
  if (DANGER.has(statut)) return "danger";
  if (WARNING.has(statut)) return "warning";
  if (SUCCESS.has(statut)) return "success";
  if (NEUTRAL.has(statut)) return "neutral";
  return "info";
}
