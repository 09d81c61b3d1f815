// Status changes of LIFECYCLE §2–§3: every change goes through NamespaceStore.setStatus (history + user).
import type { Statut } from "./enums";
import { BusinessError } from "./errors";
import { INFERRED } from "./inferred";
import type { NamespaceStore } from "./store";
import { MOTIF_REQUIRED_FOR, traiterRecueTargets } from "./traiter-matrix";
import type { Invoice, PieceJointeLiee, User } from "./types";

/** What the model needs from the running server: the async delay and a timer it can cancel at shutdown. */
export interface Platform {
  asyncDelayMs: number;
  schedule(fn: () => void, ms: number): void;
}

/** LIFECYCLE §2.1: DEPOSEE → MISE_A_DISPOSITION is automatic and short (SANDBOX_ASYNC_DELAY_MS). */
export function scheduleDelivery(p: Platform, ns: NamespaceStore, inv: Invoice): void {
  p.schedule(() => {
    if (inv.statut !== "DEPOSEE") return;
    ns.setStatus(inv, "MISE_A_DISPOSITION");
    ns.addEvent(inv, "Facture mise à disposition du destinataire", "Chorus Pro");
  }, p.asyncDelayMs);
}

export function traiterRecue(
  ns: NamespaceStore, inv: Invoice, user: User,
  args: { nouveauStatut: Statut; motif?: string; numeroDPMandat?: string },
): void {
  const allowed = traiterRecueTargets(inv.statut);
  if (!allowed.includes(args.nouveauStatut)) throw new BusinessError("STATE_FORBIDDEN", `${inv.statut} → ${args.nouveauStatut}`);
  if (MOTIF_REQUIRED_FOR.includes(args.nouveauStatut) && !args.motif?.trim()) throw new BusinessError("MOTIF_REQUIRED");
  if (args.nouveauStatut === "MANDATEE" && args.numeroDPMandat) inv.numeroDPMandat = args.numeroDPMandat;
  ns.setStatus(inv, args.nouveauStatut, { idUtilisateur: user.idUtilisateur, commentaire: args.motif?.slice(0, 255) });
}

/** LIFECYCLE §3 — traiter/factureAValider: VALIDATION / REFUS, level derived from the current status. */
export function traiterAValider(
  p: Platform, ns: NamespaceStore, inv: Invoice, user: User,
  args: { action: string; motifRefus?: string; complementInfo?: string },
): void {
  const level = inv.statut === "A_VALIDER_1" ? 1 : inv.statut === "A_VALIDER_2" ? 2 : 0;
  if (!level) throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  const action = args.action.trim().toUpperCase();
  const by = { idUtilisateur: user.idUtilisateur, commentaire: args.complementInfo };
  if (action === "VALIDATION") {
    ns.setStatus(inv, level === 1 ? "VALIDEE_1" : "VALIDEE_2", by);
    if (level === 1) inv.dateValidation1 = inv.dateHeureEtatCourant;
    forward(p, ns, inv);
    return;
  }
  if (action !== "REFUS") throw new BusinessError("ACTION_UNKNOWN", args.action);
  if (!args.motifRefus?.trim()) throw new BusinessError("MOTIF_REFUS_REQUIRED");
  const wrongValidator = args.motifRefus.trim().toUpperCase() === "ERR_VALIDEUR";
  if (wrongValidator) {
    ns.setStatus(inv, level === 1 ? "ERREUR_FOURNISSEUR_SUR_VALIDEUR" : "ERREUR_COTRAITANT_SUR_VALIDEUR", by);
    return;
  }
  ns.setStatus(inv, level === 1 ? "REFUSEE_1" : "REFUSEE_2", { ...by, commentaire: `${args.motifRefus}${args.complementInfo ? " - " + args.complementInfo : ""}` });
  // LIFECYCLE rule 7: A9 still reaches the recipient (INFERRED for the historic API); A12 refused stops there.
  if (inv.cadre === "A9_FACTURE_SOUSTRAITANT" && INFERRED.a9RefusedIsForwarded) forward(p, ns, inv);
}

/** After validation (or an A9 refusal) the platform deposits the invoice for the recipient. */
function forward(p: Platform, ns: NamespaceStore, inv: Invoice): void {
  ns.setStatus(inv, "DEPOSEE");
  scheduleDelivery(p, ns, inv);
}

/** LIFECYCLE §2.4: completer only on SUSPENDUE (SEEN error 20002 / GDP_MSG_11.033). */
export function completer(ns: NamespaceStore, inv: Invoice, user: User, pjs: PieceJointeLiee[], commentaire?: string): void {
  if (inv.statut !== "SUSPENDUE") throw new BusinessError("COMPLETER_NOT_SUSPENDUE");
  inv.pjComplementaires.push(...pjs);
  ns.addAction(inv, "ACQUITTEMENT_SUSPENSION", user.idUtilisateur);
  ns.setStatus(inv, "COMPLETEE", { idUtilisateur: user.idUtilisateur, commentaire });
}

/** LIFECYCLE §2.4: the supplier acknowledges a rejection; status unchanged, rejetTraite = true. */
export function traiterRejet(ns: NamespaceStore, inv: Invoice, user: User): void {
  if (inv.statut !== "REJETEE") throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  inv.rejetTraite = true;
  ns.addAction(inv, "TRAITEMENT_REJET", user.idUtilisateur);
}

/** LIFECYCLE §3: ERREUR_FOURNISSEUR_SUR_VALIDEUR → A_VALIDER_1 with a new validator. */
export function corrigerValideur(ns: NamespaceStore, inv: Invoice, user: User, idValideur: number): void {
  const level = inv.statut === "ERREUR_FOURNISSEUR_SUR_VALIDEUR" ? 1 : inv.statut === "ERREUR_COTRAITANT_SUR_VALIDEUR" ? 2 : 0;
  if (!level) throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  const before = { idDestinataire: inv.idDestinataire, idValideur: inv.idValideur };
  inv.idValideur = idValideur;
  ns.reindex(inv, before);
  ns.setStatus(inv, level === 1 ? "A_VALIDER_1" : "A_VALIDER_2", { idUtilisateur: user.idUtilisateur, commentaire: "Valideur corrigé" });
}

/** LIFECYCLE §2.4: recycler only on A_RECYCLER; same id and number, new routing, DEPOSEE → MISE_A_DISPOSITION. */
export function recycler(p: Platform, ns: NamespaceStore, inv: Invoice, user: User, route: { idDestinataire: number; idServiceExecutant?: number; numeroBonCommande?: string }, commentaire?: string): void {
  if (inv.statut !== "A_RECYCLER") throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  const before = { idDestinataire: inv.idDestinataire, idValideur: inv.idValideur };
  inv.idDestinataire = route.idDestinataire;
  inv.idServiceExecutant = route.idServiceExecutant;
  if (route.numeroBonCommande !== undefined) inv.numeroBonCommande = route.numeroBonCommande;
  inv.visibleDestinataire = false;
  ns.reindex(inv, before);
  ns.setStatus(inv, "DEPOSEE", { idUtilisateur: user.idUtilisateur, commentaire });
  scheduleDelivery(p, ns, inv);
}
