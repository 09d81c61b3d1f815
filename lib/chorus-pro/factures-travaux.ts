import "server-only";
import type { z } from "zod";
import { FACTURES_TRAVAUX_BASE as P } from "./inferred";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import * as S from "./schemas/factures-travaux";
import type { CallOptions, ChorusContext } from "./types";

export const rechercherFacturesTravaux = defineOperation({ name: "facturesTravaux.rechercher", path: `${P}/rechercher`, mode: "read", search: true, request: S.RechercherFactureTravauxParam, response: S.RechercherFactureTravauxResponse });
export const consulterFactureTravaux = defineOperation({ name: "facturesTravaux.consulter", path: `${P}/consulter`, mode: "read", request: S.IdFactureTravaux, response: S.ConsulterFactureTravauxResponse });
export const consulterDossierFacturationTravaux = defineOperation({ name: "facturesTravaux.consulterDossierFacturation", path: `${P}/consulter/dossierfacturation`, mode: "read", request: S.LooseBody, response: S.LooseResponse });
export const recupererMotifsRefusFactureTravaux = defineOperation({ name: "facturesTravaux.recupererMotifsRefus", path: `${P}/recuperer/motifsrefus`, mode: "read", withUser: false, request: S.MotifsRefusParam, response: S.MotifsRefusResponse });

export const soumettreFactureTravaux = defineOperation({ name: "facturesTravaux.soumettre", path: `${P}/soumettre`, mode: "write", request: S.LooseBody, response: S.LooseResponse });
export const refuserFactureTravaux = defineOperation({ name: "facturesTravaux.refuser", path: `${P}/refuser`, mode: "write", request: S.RefuserParam, response: S.LooseResponse });
export const prendreEnCompteFactureTravaux = defineOperation({ name: "facturesTravaux.prendreEnCompte", path: `${P}/prendreencompte`, mode: "write", request: S.IdFactureTravaux, response: S.LooseResponse });
export const suspendreDemanderCompleterFactureTravaux = defineOperation({ name: "facturesTravaux.suspendreDemanderCompleter", path: `${P}/suspendre/demander/completer/factureTravaux`, mode: "write", request: S.AvecCommentaire, response: S.LooseResponse });
export const completerFactureTravaux = defineOperation({ name: "facturesTravaux.completer", path: `${P}/completer`, mode: "write", request: S.AvecCommentaire, response: S.LooseResponse });
export const completerMoeFactureTravaux = defineOperation({ name: "facturesTravaux.completerMoe", path: `${P}/completermoe`, mode: "write", request: S.LooseBody, response: S.LooseResponse });
export const completerServiceMoeFactureTravaux = defineOperation({ name: "facturesTravaux.completerServiceMoe", path: `${P}/completerservicemoe`, mode: "write", request: S.LooseBody, response: S.LooseResponse });
export const corrigerValideurFactureTravaux = defineOperation({ name: "facturesTravaux.corrigerValideur", path: `${P}/corriger/valideur`, mode: "write", request: S.LooseBody, response: S.LooseResponse });
export const demanderRecyclageFactureTravaux = defineOperation({ name: "facturesTravaux.demanderRecyclage", path: `${P}/demander/recyclage`, mode: "write", request: S.IdFactureTravaux, response: S.DemanderRecyclageResponse });

export function walkFacturesTravaux(ctx: ChorusContext, filters: Omit<z.input<typeof S.RechercherFactureTravauxParam>, "rechercheFactureTravaux">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherFacturesTravaux(ctx, { ...filters, rechercheFactureTravaux: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}

export type { FactureTravaux } from "./schemas/factures-travaux";
