// Which follow-up action a supplier may take in which status (LIFECYCLE §2.4 and §3). The page
// offers only these; each server action checks the same table against the status Chorus Pro
// reports at that moment.
export type SupplierAction = "completer" | "traiterRejet" | "nouvelleDepuis" | "corrigerValideur";

const BY_STATUS: Record<string, readonly SupplierAction[]> = {
  SUSPENDUE: ["completer"],
  // Recycling no longer exists in the reform: a rejected invoice is acknowledged, and a new one
  // is issued (prefilled from the rejected one) when the rejection was a recipient error.
  REJETEE: ["traiterRejet", "nouvelleDepuis"],
  ERREUR_FOURNISSEUR_SUR_VALIDEUR: ["corrigerValideur"],
  ERREUR_COTRAITANT_SUR_VALIDEUR: ["corrigerValideur"],
};

export function allowedActions(statut: string | null | undefined, opts: { rejetTraite?: boolean | null } = {}): SupplierAction[] {
  const actions = BY_STATUS[statut ?? ""] ?? [];
  return actions.filter((a) => !(a === "traiterRejet" && opts.rejetTraite));
}

export function isAllowed(action: SupplierAction, statut: string | null | undefined, opts: { rejetTraite?: boolean | null } = {}): boolean {
  return allowedActions(statut, opts).includes(action);
}
