import "server-only";
import type { z } from "zod";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import * as S from "./schemas/transverses";
import type { CallOptions, ChorusContext } from "./types";

const P = "/cpro/transverses/v1";

export const ajouterFichier = defineOperation({ name: "transverses.ajouterFichier", path: `${P}/ajouter/fichier`, mode: "write", request: S.AjouterFichierParam, response: S.AjouterFichierResponse });
export const telechargerPieceJointe = defineOperation({ name: "transverses.telechargerPieceJointe", path: `${P}/telecharger/pieceJointe`, mode: "read", request: S.TelechargerPieceJointeParam, response: S.TelechargerPieceJointeResponse });
export const rechercherDestinataires = defineOperation({ name: "transverses.rechercherDestinataire", path: `${P}/rechercher/destinataire`, mode: "read", search: true, request: S.RechercherDestinataireParam, response: S.RechercherDestinataireResponse });
export const rechercherServicesExecutants = defineOperation({ name: "transverses.rechercherServiceExecutant", path: `${P}/rechercher/serviceexecutant`, mode: "read", search: true, request: S.RechercherServiceExecutantParam, response: S.RechercherServiceExecutantResponse });
export const consulterCompteRendu = defineOperation({ name: "transverses.consulterCR", path: `${P}/consulterCR`, mode: "read", request: S.ConsulterCRParam, response: S.ConsulterCRResponse });
export const consulterCompteRenduDetaille = defineOperation({ name: "transverses.consulterCRDetaille", path: `${P}/consulterCRDetaille`, mode: "read", request: S.ConsulterCRDetailleParam, response: S.ConsulterCRDetailleResponse });
export const healthCheck = defineOperation({ name: "transverses.healthCheck", path: `${P}/health-check`, method: "GET", mode: "read", envelope: false, response: S.HealthCheckResponse });

type Ref = typeof S.Referentiels;
function referentiel<K extends keyof Ref>(key: K, path: string) {
  const def = S.Referentiels[key];
  return defineOperation({
    name: `transverses.recuperer.${key}`, path: `${P}/recuperer/${path}`, mode: "read", withUser: false,
    request: def.request as Ref[K]["request"],
    response: S.listResponse(def.key, def.item) as unknown as z.ZodType<z.output<Ref[K]["item"]>[]>,
  });
}

export const recupererTauxTva = referentiel("tauxtva", "tauxtva");
export const recupererDevises = referentiel("devises", "devises");
export const recupererPays = referentiel("pays", "pays");
export const recupererCadresFacturation = referentiel("cadrefacturation", "cadrefacturation");
export const recupererModesReglement = referentiel("modereglements", "modereglements");
export const recupererMotifsExonerationTva = referentiel("motifsExonerationTva", "motifs/exonerationtva");
export const recupererTypesPieceJointe = referentiel("typespj", "typespj");
export const recupererEtatsTraitement = referentiel("etatsTraitement", "etats/traitement");
export const recupererMotifsRefusFactureAValider = referentiel("motifsRefusFactureAValider", "motifs/refus/Facture/AValider");
export const recupererCoordonneesBancairesValides = referentiel("coordbancValides", "coordbanc/valides");
export const recupererStructuresActivesFournisseur = referentiel("structuresActives", "structures/actives/fournisseur");
export const recupererStructuresActivesDestinataire = referentiel("structuresActives", "structures/actives/destinataire");
export const recupererStructuresActivesFactureTravaux = referentiel("structuresActives", "structures/actives/facturetravaux");

export function walkDestinataires(ctx: ChorusContext, filters: Omit<z.input<typeof S.RechercherDestinataireParam>, "parametresRecherche">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherDestinataires(ctx, { ...filters, parametresRecherche: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
export function walkServicesExecutants(ctx: ChorusContext, idStructure: number, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherServicesExecutants(ctx, { idStructure, parametresRecherche: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}

export type { CompteRenduDetaille } from "./schemas/transverses";
export type { DecodedRejection } from "./deposit-report";
