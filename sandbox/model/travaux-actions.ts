// Reviewer and depositor actions on a works piece (LIFECYCLE §5.2–§5.3). Each checks the party whose turn it
// is (travaux-rules.requireTurn) before changing the status through NamespaceStore.setStatus (history).
import type { Statut } from "./enums";
import { BusinessError } from "./errors";
import type { NamespaceStore } from "./store";
import type { Actor } from "./travaux";
import { refusalTarget, requireTurn, type Party } from "./travaux-rules";
import type { Invoice, PieceJointeLiee } from "./types";

const opts = (a: Actor, commentaire?: string) => ({ idUtilisateur: a.idUtilisateur, at: a.at, commentaire });

/** MOE / MOA take the piece into account; the validator of a sub/co-contractor piece validates it. */
export function prendreEnCompte(ns: NamespaceStore, a: Actor, inv: Invoice): Statut {
  const who = requireTurn(inv, a.idStructure, ["moe", "moa", "valideur"]);
  const to: Statut | undefined = who === "valideur" ? "MISE_A_DISPOSITION_MOE"
    : inv.statut === "MISE_A_DISPOSITION_MOE" || (who === "moe" && inv.statut === "COMPLETEE") ? "PRISE_EN_COMPTE_MOE"
      : inv.statut === "MISE_A_DISPOSITION_MOA" || (who === "moa" && inv.statut === "COMPLETEE") ? "PRISE_EN_COMPTE_MOA" : undefined;
  if (!to) throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  if (who === "valideur") ns.addEvent(inv, "Pièce validée par le titulaire, transmise à la maîtrise d'œuvre", String(a.idStructure), a.at);
  ns.setStatus(inv, to, opts(a));
  return to;
}

/** Refusal with a motif of recuperer/motifsrefus; never for an amount error (KB-MONTANT, 19/02/2025). */
export function refuser(ns: NamespaceStore, a: Actor, inv: Invoice, motif: string | undefined, commentaire: string | undefined): Statut {
  const who = requireTurn(inv, a.idStructure, ["moe", "moa", "valideur", "fournisseur"]);
  if (!motif?.trim()) throw new BusinessError("MOTIF_REFUS_REQUIRED");
  const to = refusalTarget(who as Party, motif.trim(), inv);
  ns.setStatus(inv, to, opts(a, [motif.trim(), commentaire?.trim()].filter(Boolean).join(" - ").slice(0, 255)));
  return to;
}

/** suspendre/demander/completer/factureTravaux: the reviewer asks the depositor for more (comment required). */
export function demanderCompletion(ns: NamespaceStore, a: Actor, inv: Invoice, commentaire: string | undefined): void {
  requireTurn(inv, a.idStructure, ["moe", "moa"]);
  if (!commentaire?.trim()) throw new BusinessError("COMMENTAIRE_OBLIGATOIRE");
  ns.setStatus(inv, "A_COMPLETER", opts(a, commentaire.trim().slice(0, 255)));
}

/**
 * completer (supplier's pieces) / completermoe (MOE's pieces): answers A_COMPLETER; the reviewer who asked
 * acts next from COMPLETEE.
 */
export function completerTravaux(ns: NamespaceStore, a: Actor, inv: Invoice, side: "fournisseur" | "moe", pjs: PieceJointeLiee[], commentaire?: string): void {
  requireTurn(inv, a.idStructure, ["deposant"]);
  const depositorIsMoe = inv.idFournisseur === inv.idMoe;
  if (inv.statut !== "A_COMPLETER") throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  // The two legacy operations split the depositors: completer for suppliers, completermoe for the MOE.
  if ((side === "moe") !== depositorIsMoe) throw new BusinessError("DP_NOT_ALLOWED", side === "moe" ? "pièce d'un fournisseur : utiliser completer" : "pièce de la MOE : utiliser completermoe");
  inv.pjComplementaires.push(...pjs);
  ns.setStatus(inv, "COMPLETEE", opts(a, commentaire?.slice(0, 255)));
}

/** completerservicemoe: the depositor names the MOE's service before the MOE acts (A_ASSOCIER_MOE → MAD_MOE). */
export function completerServiceMoe(ns: NamespaceStore, a: Actor, inv: Invoice, ref: { idService?: number; codeService?: string }): void {
  if (inv.idFournisseur !== a.idStructure) requireTurn(inv, a.idStructure, ["deposant"]);
  const open: Statut[] = ["A_ASSOCIER_MOE", "MISE_A_DISPOSITION_MOE", "A_VALIDER_MOE", "A_COMPLETER", "ERREUR_FOURNISSEUR_SUR_MOE"];
  if (!open.includes(inv.statut)) throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  const moe = ns.structure(inv.idMoe);
  const svc = moe?.services.find((s) => (ref.idService !== undefined ? s.idService === ref.idService : s.codeService === ref.codeService));
  if (!svc) throw new BusinessError("SERVICE_INCONNU", String(ref.codeService ?? ref.idService ?? ""));
  if (!svc.estActif) throw new BusinessError("SERVICE_INACTIF", svc.codeService);
  inv.idServiceMoe = svc.idService;
  ns.addEvent(inv, `Service de la maîtrise d'œuvre complété : ${svc.codeService}`, String(a.idStructure), a.at);
  if (inv.statut === "A_ASSOCIER_MOE") ns.setStatus(inv, "MISE_A_DISPOSITION_MOE", opts(a));
}

/** corriger/valideur: after a MAUVAIS_VALIDEUR refusal the depositor names another validator. */
export function corrigerValideurTravaux(ns: NamespaceStore, a: Actor, inv: Invoice, idValideur: number): void {
  requireTurn(inv, a.idStructure, ["deposant"]);
  if (inv.statut !== "ERREUR_FOURNISSEUR_SUR_VALIDEUR") throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  const v = ns.structure(idValideur);
  if (!v || !v.actif || idValideur === inv.idFournisseur) throw new BusinessError("VALIDEUR_INCONNU");
  const before = { idDestinataire: inv.idDestinataire, idValideur: inv.idValideur };
  inv.idValideur = idValideur;
  if (inv.idSousTraitant !== undefined) inv.idTitulaire = idValideur;
  ns.reindex(inv, before);
  ns.addEvent(inv, `Valideur corrigé : ${v.designationStructure}`, String(a.idStructure), a.at);
  // A sub/co-contractor piece goes back to its validator; a titulaire's own piece goes on to the MOE.
  ns.setStatus(inv, inv.idSousTraitant !== undefined ? "A_VALIDER_MOE" : "MISE_A_DISPOSITION_MOE", opts(a));
}

/** demander/recyclage: the reviewer sends the piece back to its depositor for re-routing. */
export function demanderRecyclage(ns: NamespaceStore, a: Actor, inv: Invoice, commentaire?: string): void {
  requireTurn(inv, a.idStructure, ["moe", "moa"]);
  ns.setStatus(inv, "EN_ATTENTE_RECYCLAGE_FOURNISSEUR", opts(a, commentaire?.slice(0, 255) ?? "Recyclage demandé"));
}
