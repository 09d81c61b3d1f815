import "server-only";
import type { z } from "zod";
import { FACTURES_TRAVAUX_BASE as P } from "./inferred";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import * as S from "./schemas/factures-travaux";
import type { CallOptions, ChorusContext } from "./types";

// FacturesTravaux (CONTRACT §4.5): legacy path names kept under /cpro/facturesTravaux/v1/ (INFERRED,
// LIFECYCLE §9). Requests are strict; each write answers the piece's new status.
const read = { mode: "read" } as const;
const write = { mode: "write" } as const;
const act = S.ActionFactureTravauxResponse;

export const rechercherFacturesTravaux = defineOperation({ name: "facturesTravaux.rechercher", path: `${P}/rechercher`, ...read, search: true, request: S.RechercherFactureTravauxParam, response: S.RechercherFactureTravauxResponse });
export const consulterFactureTravaux = defineOperation({ name: "facturesTravaux.consulter", path: `${P}/consulter`, ...read, request: S.IdFactureTravaux, response: S.ConsulterFactureTravauxResponse });
export const consulterDossierFacturationTravaux = defineOperation({ name: "facturesTravaux.consulterDossierFacturation", path: `${P}/consulter/dossierfacturation`, ...read, request: S.ConsulterDossierParam, response: S.DossierFacturationResponse });
export const recupererMotifsRefusFactureTravaux = defineOperation({ name: "facturesTravaux.recupererMotifsRefus", path: `${P}/recuperer/motifsrefus`, ...read, withUser: false, request: S.MotifsRefusParam, response: S.MotifsRefusResponse });

export const soumettreFactureTravaux = defineOperation({ name: "facturesTravaux.soumettre", path: `${P}/soumettre`, ...write, request: S.SoumettreFactureTravauxParam, response: S.SoumettreFactureTravauxResponse });
export const refuserFactureTravaux = defineOperation({ name: "facturesTravaux.refuser", path: `${P}/refuser`, ...write, request: S.RefuserParam, response: act });
export const prendreEnCompteFactureTravaux = defineOperation({ name: "facturesTravaux.prendreEnCompte", path: `${P}/prendreencompte`, ...write, request: S.IdFactureTravaux, response: act });
export const suspendreDemanderCompleterFactureTravaux = defineOperation({ name: "facturesTravaux.suspendreDemanderCompleter", path: `${P}/suspendre/demander/completer/factureTravaux`, ...write, request: S.SuspendreParam, response: act });
export const completerFactureTravaux = defineOperation({ name: "facturesTravaux.completer", path: `${P}/completer`, ...write, request: S.CompleterParam, response: act });
export const completerMoeFactureTravaux = defineOperation({ name: "facturesTravaux.completerMoe", path: `${P}/completermoe`, ...write, request: S.CompleterParam, response: act });
export const completerServiceMoeFactureTravaux = defineOperation({ name: "facturesTravaux.completerServiceMoe", path: `${P}/completerservicemoe`, ...write, request: S.CompleterServiceMoeParam, response: act });
export const corrigerValideurFactureTravaux = defineOperation({ name: "facturesTravaux.corrigerValideur", path: `${P}/corriger/valideur`, ...write, request: S.CorrigerValideurParam, response: act });
export const demanderRecyclageFactureTravaux = defineOperation({ name: "facturesTravaux.demanderRecyclage", path: `${P}/demander/recyclage`, ...write, request: S.DemanderRecyclageParam, response: S.DemanderRecyclageResponse });
// SEEN [COMM-TRAV recycle-works-invoice]; may be switched off upstream (LIFECYCLE §9 "recyclingEnabled").
export const recyclerFactureTravaux = defineOperation({ name: "facturesTravaux.recycler", path: `${P}/recycler`, ...write, request: S.RecyclerParam, response: act });

export function walkFacturesTravaux(ctx: ChorusContext, filters: Omit<z.input<typeof S.RechercherFactureTravauxParam>, "rechercheFactureTravaux">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesTravaux(ctx, { ...filters, rechercheFactureTravaux: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}

export { CADRES_TRAVAUX } from "./schemas/factures-travaux";
export type { FactureTravaux, FactureTravauxDetail, DossierFacturation, PieceDossier, PartieTravaux, MotifRefusTravaux, CadreTravaux, ActionFactureTravauxResult } from "./schemas/factures-travaux";
