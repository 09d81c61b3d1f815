// Which party may do what at which step of a works billing file (LIFECYCLE §5.2–§5.3): one table keyed
// by the piece's current status. The pages offer what it allows; each server action checks it again
// against the piece as Chorus Pro returns it (consulter) at the time of the action.
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";
import { cadreInfo, nextCadres, roleOfDepositor } from "./cadres";

export type TravauxAction =
  | "prendreEnCompte" | "refuser" | "demanderCompletion" | "demanderRecyclage" | "deposerSuivante"
  | "completer" | "completerMoe" | "completerServiceMoe" | "corrigerValideur" | "recycler";

/** Who is expected to act: a party of the file, or the depositor of the piece. */
export type Awaited = "MOE" | "MOA" | "FOURNISSEUR" | "VALIDEUR" | "DESTINATAIRE" | "DEPOSANT";

export const STEP_RULES: Partial<Record<StatutFacture, { awaited: Awaited; actions: readonly TravauxAction[] }>> = {
  MISE_A_DISPOSITION_MOE: { awaited: "MOE", actions: ["prendreEnCompte", "deposerSuivante", "refuser", "demanderCompletion", "demanderRecyclage"] },
  PRISE_EN_COMPTE_MOE: { awaited: "MOE", actions: ["deposerSuivante", "refuser", "demanderCompletion", "demanderRecyclage"] },
  MISE_A_DISPOSITION_MOA: { awaited: "MOA", actions: ["prendreEnCompte", "deposerSuivante", "refuser", "demanderCompletion", "demanderRecyclage"] },
  PRISE_EN_COMPTE_MOA: { awaited: "MOA", actions: ["deposerSuivante", "refuser", "demanderCompletion", "demanderRecyclage"] },
  // The reviewer who asked for a completion takes the completed piece up again (MOE, or MOA for MOE pieces).
  COMPLETEE: { awaited: "MOE", actions: ["prendreEnCompte", "deposerSuivante", "refuser", "demanderCompletion"] },
  // A décompte général waits for the supplier's signature (A8) or refusal.
  A_ASSOCIER_FOURNISSEUR: { awaited: "FOURNISSEUR", actions: ["deposerSuivante", "refuser"] },
  A_COMPLETER: { awaited: "DEPOSANT", actions: ["completer", "completerMoe"] },
  A_ASSOCIER_MOE: { awaited: "DEPOSANT", actions: ["completerServiceMoe"] },
  ERREUR_FOURNISSEUR_SUR_VALIDEUR: { awaited: "DEPOSANT", actions: ["corrigerValideur"] },
  ERREUR_FOURNISSEUR_SUR_MOE: { awaited: "DEPOSANT", actions: ["recycler", "completerServiceMoe"] },
  ERREUR_FOURNISSEUR_SUR_MOA: { awaited: "DEPOSANT", actions: ["recycler"] },
  ERREUR_MOE_SUR_MOA: { awaited: "DEPOSANT", actions: ["recycler"] },
  ERREUR_DE_MOE: { awaited: "DEPOSANT", actions: ["recycler"] },
  ERREUR_DE_MOA: { awaited: "DEPOSANT", actions: ["recycler"] },
  EN_ATTENTE_RECYCLAGE_FOURNISSEUR: { awaited: "DEPOSANT", actions: ["recycler"] },
  A_RECYCLER: { awaited: "DEPOSANT", actions: ["recycler"] },
  A_VALIDER_MOE: { awaited: "VALIDEUR", actions: [] },
  MISE_A_DISPOSITION: { awaited: "DESTINATAIRE", actions: [] },
};

/** The piece as the rules need it (from consulter). */
export interface PieceState {
  statut: StatutFacture | undefined;
  cadre: string | undefined;
  /** The depositor's structure. */
  idFournisseur: number | undefined;
  idMoe: number | undefined;
  idMoa: number | undefined;
  /** Set when the piece already has a next piece: nothing can follow it any more. */
  idPieceSuivante?: number | undefined;
}

/** The caller: the structure acted for and its portal roles on it. */
export interface Caller { idStructureCPP: number; roles: readonly string[] }

/** The party expected to act now, refined for COMPLETEE (an MOE piece goes back to the MOA). */
export function awaitedParty(p: PieceState): Awaited | undefined {
  const rule = p.statut ? STEP_RULES[p.statut] : undefined;
  if (!rule) return undefined;
  if (p.statut === "COMPLETEE" && cadreInfo(p.cadre)?.depositor === "moe") return "MOA";
  if (p.statut === "COMPLETEE" && p.cadre?.startsWith("A5_")) return "MOA";
  return rule.awaited;
}

/** The portal role needed to act as a party on this piece. */
function roleFor(p: PieceState, who: Awaited): "fournisseur" | "moe" | "moa" | null {
  switch (who) {
    case "MOE": return "moe";
    case "MOA": return "moa";
    case "FOURNISSEUR": return "fournisseur";
    case "DEPOSANT": { const d = cadreInfo(p.cadre)?.depositor; return d ? roleOfDepositor(d) : "fournisseur"; }
    default: return null; // validator and recipient act in their own spaces
  }
}

function structureOf(p: PieceState, who: Awaited): number | undefined {
  if (who === "MOE") return p.idMoe;
  if (who === "MOA") return p.idMoa;
  return p.idFournisseur;
}

/** The portal role of the party expected to act now (null: a validator or the recipient, elsewhere). */
export function actingRole(p: PieceState): "fournisseur" | "moe" | "moa" | null {
  const who = awaitedParty(p);
  return who ? roleFor(p, who) : null;
}

/** The actions the caller may take on the piece now (empty when it is not the caller's turn). */
export function allowedActions(p: PieceState, caller: Caller): TravauxAction[] {
  const who = awaitedParty(p);
  const rule = p.statut ? STEP_RULES[p.statut] : undefined;
  if (!who || !rule) return [];
  const role = roleFor(p, who);
  if (!role || !caller.roles.includes(role) || structureOf(p, who) !== caller.idStructureCPP) return [];
  const byMoe = cadreInfo(p.cadre)?.depositor === "moe";
  return rule.actions.filter((a) => {
    if (a === "deposerSuivante") return p.idPieceSuivante === undefined && nextCadres(p.cadre, role).length > 0;
    if (a === "completer") return !byMoe;
    if (a === "completerMoe") return byMoe;
    return true;
  });
}

/** Server-side check: null when allowed, else the French reason (shown to the person, audited). */
export function refusalReason(action: TravauxAction, p: PieceState, caller: Caller): string | null {
  if (allowedActions(p, caller).includes(action)) return null;
  const who = awaitedParty(p);
  if (!who) return "Aucune action n'est possible sur cette pièce dans son statut actuel.";
  const whoText: Record<Awaited, string> = {
    MOE: "la maîtrise d'œuvre", MOA: "la maîtrise d'ouvrage", FOURNISSEUR: "le fournisseur", VALIDEUR: "le valideur (titulaire du marché)",
    DESTINATAIRE: "le destinataire (espace Factures reçues)", DEPOSANT: "le déposant de la pièce",
  };
  const rule = p.statut ? STEP_RULES[p.statut] : undefined;
  if (rule && !rule.actions.includes(action)) return `Cette action n'est pas possible à cette étape : la pièce attend une action de ${whoText[who]}.`;
  return `Ce n'est pas à votre structure d'agir à cette étape : la pièce attend une action de ${whoText[who]}.`;
}

/** For a list row seen in a search role: who acts next, and whether it is that role (its first action). */
export function nextStep(p: Pick<PieceState, "statut" | "cadre">, role: "FOURNISSEUR" | "MOE" | "MOA" | "DESTINATAIRE"): { who: Awaited; mine: boolean; step: TravauxAction | undefined } | null {
  const who = awaitedParty({ ...p, idFournisseur: undefined, idMoe: undefined, idMoa: undefined });
  if (!who) return null;
  const depositor = cadreInfo(p.cadre)?.depositor;
  const asRole = who === "DEPOSANT" ? (depositor === "moe" ? "MOE" : depositor === "moa" ? "MOA" : "FOURNISSEUR") : who;
  const first = p.statut ? STEP_RULES[p.statut]?.actions[0] : undefined;
  const step = first === "completer" && depositor === "moe" ? "completerMoe" : first;
  return { who, mine: asRole === role, step };
}
