import "server-only";
import {
  completerFacture, consulterHistoriqueFacture, corrigerValideurFacture, deposerFluxFacture, deposerPdfFacture,
  rechercherFacturesFournisseur, soumettreFacture, traiterFactureAValider, traiterFactureRecue, traiterFacturesRejetees,
  ajouterFichier, refuserFactureTravaux, prendreEnCompteFactureTravaux, suspendreDemanderCompleterFactureTravaux,
  completerFactureTravaux, demanderRecyclageFactureTravaux, type ChorusContext, type CallOptions,
  soumettreFactureTravaux, completerMoeFactureTravaux, completerServiceMoeFactureTravaux, corrigerValideurFactureTravaux,
  recyclerFactureTravaux, rechercherFacturesTravaux,
} from "@/lib/chorus-pro";
import { creerServiceReferentiel, modifierParametresEdi } from "@/lib/chorus-pro/referentiel";
import { FILE_SENDERS } from "./file-senders";
import { matchesSubmission } from "./match";

export interface Sender {
  send(ctx: ChorusContext, payload: never, opts?: CallOptions): Promise<unknown>;
  /**
   * Looks for the effect of an earlier send whose outcome is unknown; null when not found. `since`
   * is when the write was queued: an effect older than that is someone else's.
   */
  reconcile?(ctx: ChorusContext, payload: never, since: Date): Promise<unknown>;
  /** true when sending twice has the effect of sending once */
  idempotent?: boolean;
}

type Soumission = Parameters<typeof soumettreFacture>[1];
type Traitement = Parameters<typeof traiterFactureRecue>[1];

/**
 * soumettre: found by the supplier's invoice number, then confirmed on recipient, TTC amount and
 * deposit date (an older invoice may carry the same number).
 */
async function findSubmitted(ctx: ChorusContext, p: Soumission, since: Date) {
  if (!p.numeroFactureSaisi) return null;
  const page = await rechercherFacturesFournisseur(ctx, {
    numeroFacture: p.numeroFactureSaisi, idFournisseur: p.fournisseur.idFournisseur,
    rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 10 },
  });
  const expected = { numero: p.numeroFactureSaisi, recipient: p.destinataire.codeDestinataire, amount: String(p.montantTotal.montantTtcTotal), since };
  const hit = page.items.find((f) => matchesSubmission({ numero: f.numeroFacture, recipient: f.codeDestinataire, amount: f.montantTTC, dateDepot: f.dateDepot }, expected));
  return hit ? { identifiantFactureCPP: hit.identifiantFactureCPP, numeroFacture: hit.numeroFacture, statutFacture: hit.statut, dateDepot: hit.dateDepot, reconciled: true } : null;
}

async function statusReached(ctx: ChorusContext, p: Traitement) {
  const h = await consulterHistoriqueFacture(ctx, { idFacture: p.idFacture });
  return h.statutCourant === p.nouveauStatut ? { idFacture: h.idFacture, nouveauStatut: h.statutCourant, reconciled: true } : null;
}

/** facturesTravaux soumettre: found by the piece number, confirmed like an invoice (see findSubmitted). */
async function findWorksPiece(ctx: ChorusContext, p: Parameters<typeof soumettreFactureTravaux>[1], since: Date) {
  const page = await rechercherFacturesTravaux(ctx, { roleUtilisateur: "FOURNISSEUR", numeroFactureTravaux: p.numeroFactureSaisi, rechercheFactureTravaux: { pageResultatDemandee: 1, nbResultatsParPage: 10 } });
  const expected = { numero: p.numeroFactureSaisi, recipient: p.destinataire?.codeDestinataire, amount: String(p.montantTotal.montantTtcTotal), since };
  const hit = page.items.find((f) => matchesSubmission({ numero: f.numeroFactureTravaux, recipient: f.identifiantDestinataire, amount: f.montantTTC, dateDepot: f.dateDepot }, expected));
  return hit ? { idFactureTravaux: hit.idFactureTravaux, numeroFactureTravaux: hit.numeroFactureTravaux, statutFactureTravaux: hit.statutFactureTravaux, reconciled: true } : null;
}

export const SENDERS: Record<string, Sender> = {
  "factures.soumettre": { send: soumettreFacture, reconcile: findSubmitted },
  "factures.traiterRecue": { send: traiterFactureRecue, reconcile: statusReached, idempotent: true },
  "factures.traiterFactureAValider": { send: traiterFactureAValider },
  "factures.completer": { send: completerFacture },
  "factures.corrigerValideur": { send: corrigerValideurFacture, idempotent: true },
  "factures.traiterRejet": { send: traiterFacturesRejetees, idempotent: true },
  "factures.deposerFlux": { send: deposerFluxFacture },
  "factures.deposerPdf": { send: deposerPdfFacture },
  "transverses.ajouterFichier": { send: ajouterFichier },
  "facturesTravaux.refuser": { send: refuserFactureTravaux },
  "facturesTravaux.prendreEnCompte": { send: prendreEnCompteFactureTravaux, idempotent: true },
  "facturesTravaux.suspendreDemanderCompleter": { send: suspendreDemanderCompleterFactureTravaux },
  "facturesTravaux.completer": { send: completerFactureTravaux },
  "facturesTravaux.demanderRecyclage": { send: demanderRecyclageFactureTravaux },
  "facturesTravaux.soumettre": { send: soumettreFactureTravaux, reconcile: findWorksPiece },
  "facturesTravaux.completerMoe": { send: completerMoeFactureTravaux },
  "facturesTravaux.completerServiceMoe": { send: completerServiceMoeFactureTravaux, idempotent: true },
  "facturesTravaux.corrigerValideur": { send: corrigerValideurFactureTravaux, idempotent: true },
  "facturesTravaux.recycler": { send: recyclerFactureTravaux },
  "organisations.creerService": { send: creerServiceReferentiel },
  "organisations.parametresEdi": { send: modifierParametresEdi, idempotent: true },
  ...FILE_SENDERS,
} as Record<string, Sender>;

export type OutboxKind = keyof typeof SENDERS;
