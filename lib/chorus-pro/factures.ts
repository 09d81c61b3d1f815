import "server-only";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import * as Req from "./schemas/factures";
import * as Res from "./schemas/factures-responses";
import type { CallOptions, ChorusContext } from "./types";

const P = "/cpro/factures/v1";

// ---- writes (never retried blindly: go through lib/outbox for durable submission) ----
export const soumettreFacture = defineOperation({ name: "factures.soumettre", path: `${P}/soumettre`, mode: "write", request: Req.SoumettreFactureParam, response: Res.SoumettreFactureResponse });
export const deposerFluxFacture = defineOperation({ name: "factures.deposerFlux", path: `${P}/deposer/flux`, mode: "write", request: Req.DeposerFluxFactureParam, response: Res.DeposerFluxResponse });
export const deposerPdfFacture = defineOperation({ name: "factures.deposerPdf", path: `${P}/deposer/pdf`, mode: "write", request: Req.DeposerPdfFactureParam, response: Res.DeposerPdfResponse });
export const traiterFactureRecue = defineOperation({ name: "factures.traiterRecue", path: `${P}/traiter/recue`, mode: "write", request: Req.TraiterUneFactureRecueParam, response: Res.TraiterRecueResponse });
export const traiterFactureAValider = defineOperation({ name: "factures.traiterFactureAValider", path: `${P}/traiter/factureAValider`, mode: "write", request: Req.TraiterFactureAValiderParam, response: Res.TraiterAValiderResponse });
export const completerFacture = defineOperation({ name: "factures.completer", path: `${P}/completer`, mode: "write", request: Req.CompleterFactureParam, response: Res.CompleterResponse });
export const corrigerValideurFacture = defineOperation({ name: "factures.corrigerValideur", path: `${P}/corriger/valideur/facture`, mode: "write", request: Req.CorrigerValideurFactureParam, response: Res.CorrigerValideurResponse });
export const traiterFacturesRejetees = defineOperation({ name: "factures.traiterRejet", path: `${P}/traiterRejet`, mode: "write", request: Req.TraiterFacturesRejeteesParam, response: Res.EnvelopeOnly });

// ---- reads ----
export const rechercherFacturesFournisseur = defineOperation({ name: "factures.rechercherFournisseur", path: `${P}/rechercher/fournisseur`, mode: "read", search: true, request: Req.RechercherFactureParFournisseurParam, response: Res.RechercherFactureParFournisseurResponse });
export const rechercherFacturesRecipiendaire = defineOperation({ name: "factures.rechercherRecipiendaire", path: `${P}/rechercher/recipiendaire`, mode: "read", search: true, request: Req.RechercherFactureRecipiendaireParam, response: Res.RechercherFactureRecipiendaireResponse });
export const rechercherFacturesValideur = defineOperation({ name: "factures.rechercherValideur", path: `${P}/rechercher/valideur`, mode: "read", search: true, request: Req.RechercherFactureParValideurParam, response: Res.RechercherFactureValideurResponse });
export const rechercherFacturesATraiterValideur = defineOperation({ name: "factures.rechercherATraiterValideur", path: `${P}/rechercher/aTraiter/valideur`, mode: "read", search: true, request: Req.RechercherFactureATraiterParValideurParam, response: Res.RechercherFactureValideurResponse });
export const rechercherFacturesATraiterRecipiendaire = defineOperation({ name: "factures.rechercherATraiterRecipiendaire", path: `${P}/rechercher/atraiter/recipiendaire`, mode: "read", search: true, request: Req.RechercherFactureATraiterParRecipiendaireParam, response: Res.RechercherFactureATraiterRecipiendaireResponse });
export const consulterFactureFournisseur = defineOperation({ name: "factures.consulterFournisseur", path: `${P}/consulter/fournisseur`, mode: "read", request: Req.ConsulterFactureParam, response: Res.ConsulterFactureResponse });
export const consulterFactureRecipiendaire = defineOperation({ name: "factures.consulterRecipiendaire", path: `${P}/consulter/recipiendaire`, mode: "read", request: Req.ConsulterFactureParam, response: Res.ConsulterFactureResponse });
export const consulterFactureValideur = defineOperation({ name: "factures.consulterValideur", path: `${P}/consulter/valideur`, mode: "read", request: Req.ConsulterFactureParam, response: Res.ConsulterFactureResponse });
export const consulterHistoriqueFacture = defineOperation({ name: "factures.consulterHistorique", path: `${P}/consulter/historique`, mode: "read", request: Req.ConsulterHistoriqueFactureParam, response: Res.HistoriqueResponse });
export const telechargerGroupeFactures = defineOperation({ name: "factures.telechargerGroupe", path: `${P}/telecharger/groupe`, mode: "read", request: Req.TelechargerGroupeFactureParam, response: Res.TelechargerGroupeResponse });
export const recupererStatutsFactureVisiblesValideur = defineOperation({ name: "factures.recupererStatutsVisiblesValideur", path: `${P}/recuperer/statutsFactureVisibles/valideur`, mode: "read", request: Req.RecupererStatutsFactureVisiblesParValideurParam, response: Res.StatutsVisiblesResponse });

// ---- every page, for the caller ----
type Filters<T, K extends keyof T> = Omit<T, K>;

export function walkFacturesFournisseur(ctx: ChorusContext, filters: Filters<Req.RechercherFactureParFournisseurInput, "rechercheFactureParFournisseur">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesFournisseur(ctx, { ...filters, rechercheFactureParFournisseur: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
export function walkFacturesRecipiendaire(ctx: ChorusContext, filters: Filters<Req.RechercherFactureRecipiendaireInput, "paramRecherche">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesRecipiendaire(ctx, { ...filters, paramRecherche: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
export function walkFacturesValideur(ctx: ChorusContext, filters: Filters<Req.RechercherFactureParValideurInput, "pagination">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesValideur(ctx, { ...filters, pagination: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
export function walkFacturesATraiterValideur(ctx: ChorusContext, filters: Filters<Req.RechercherFactureATraiterParValideurInput, "pagination">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesATraiterValideur(ctx, { ...filters, pagination: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
export function walkFacturesATraiterRecipiendaire(ctx: ChorusContext, filters: Filters<Req.RechercherFactureATraiterParRecipiendaireInput, "parametreRechercheFactureATraiterParRecipiendaire">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesATraiterRecipiendaire(ctx, { ...filters, parametreRechercheFactureATraiterParRecipiendaire: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}

export type SoumettreFactureInput = Req.SoumettreFactureInput;
export type { FactureSoumise, FactureEmise, FactureRecue, FactureAValider, FactureDetail, HistoriqueFacture, FluxDepose, PdfInterprete } from "./schemas/factures-responses";
