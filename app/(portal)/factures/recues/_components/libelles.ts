import type { Traitement } from "@/lib/validations/factures-recues-traitement";

// The French names of the processing actions, for server-side messages (the UI uses t.recues).
export const LIBELLES: Record<Traitement, string> = {
  SERVICE_FAIT: "Service fait",
  MANDATEE: "Mandatée",
  MISE_A_DISPOSITION_COMPTABLE: "Mise à disposition du service comptable",
  COMPTABILISEE: "Comptabilisée",
  MISE_EN_PAIEMENT: "Mise en paiement",
  SUSPENDUE: "Suspension",
  REJETEE: "Rejet",
};
