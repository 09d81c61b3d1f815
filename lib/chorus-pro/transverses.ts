import "server-only";
import { unzipSync } from "fflate";
import type { z } from "zod";
import { STRUCTURE_PJ_MAY_BE_ZIP } from "./inferred";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import { ConsulterFactureParam } from "./schemas/factures";
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

// ---- attachments of a structure ----
export const rechercherPiecesJointesStructure = defineOperation({ name: "transverses.rechercherPjStructure", path: `${P}/rechercher/pj/structure`, mode: "read", search: true, request: S.RechercherPjStructureParam, response: S.RechercherPjStructureResponse });

export function walkPiecesJointesStructure(ctx: ChorusContext, idStructureCPP: number, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherPiecesJointesStructure(ctx, { idStructureCPP, codeLangue: "FR", parametresRecherche: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}

export type ObjetPieceJointeStructure = "STRUCTURE_PIECEJOINTE" | "STRUCTURE_COORDONNEE_BANCAIRE" | "STRUCTURE_MANDAT";
export type FichierPieceJointe = { nom: string | null; contenu: Uint8Array };

/** The files of one object of a structure (its own attachments, or its bank details' RIBs). */
export async function telechargerPiecesJointesStructure(ctx: ChorusContext, q: { objetPieceJointe: ObjetPieceJointeStructure; idStructure: number }, opts?: CallOptions): Promise<FichierPieceJointe[]> {
  const r = await telechargerPieceJointe(ctx, { objetPieceJointe: q.objetPieceJointe, structure: { idStructure: q.idStructure } }, opts);
  const bytes = new Uint8Array(Buffer.from(r.pieceJointe, "base64"));
  // STRUCTURE_PJ_MAY_BE_ZIP (inferred.ts): a ZIP is opened, anything else is the one file.
  const zip = STRUCTURE_PJ_MAY_BE_ZIP && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zip) return [{ nom: null, contenu: bytes }];
  return Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")).map(([name, contenu]) => ({ nom: name.split("/").pop() ?? name, contenu }));
}

// ---- the IBAN of a bank account ----
// coordbanc/valides gives the accounts' ids and names only; no operation returns a structure's IBAN.
// Invoices do (the fournisseur block of consulter/fournisseur), and rechercher/fournisseur filters on
// an account: the most recent invoice paid to an account tells its IBAN. These two projections of
// factures operations sit here, beside coordbanc/valides which they complete.
export const rechercherFacturesParCoordonneeBancaire = defineOperation({ name: "factures.rechercherFournisseur.coordonneeBancaire", path: "/cpro/factures/v1/rechercher/fournisseur", mode: "read", search: true, request: S.FacturesParCoordonneeBancaireParam, response: S.FacturesParCoordonneeBancaireResponse });
export const consulterCoordonneesBancairesFacture = defineOperation({ name: "factures.consulterFournisseur.coordonneesBancaires", path: "/cpro/factures/v1/consulter/fournisseur", mode: "read", request: ConsulterFactureParam, response: S.CoordonneesBancairesFactureResponse });

export type IbanCoordonneeBancaire = {
  iban: string; bic: string | null; type: "IBAN" | "RIB" | null;
  /** The invoice the IBAN was read on. */
  source: { identifiantFactureCPP: number; numeroFacture: string | null; dateDepot: string | null };
};

/** The IBAN of one of the structure's bank accounts, from the most recent invoice paid to it; null when none. */
export async function consulterIbanCoordonneeBancaire(ctx: ChorusContext, idCoordonneeBancaire: number, opts?: CallOptions): Promise<IbanCoordonneeBancaire | null> {
  const page = await rechercherFacturesParCoordonneeBancaire(ctx, {
    coordonneeBancaire: idCoordonneeBancaire, rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 1, triColonne: "DateDepot", triSens: "Descendant" },
  }, opts);
  const last = page.items[0];
  if (!last) return null;
  const f = await consulterCoordonneesBancairesFacture(ctx, { identifiantFactureCPP: last.identifiantFactureCPP }, opts);
  const c = f.coordonnees;
  // An upstream that ignored the criterion would hand back another account's IBAN: better none.
  if (!c?.iban || (c.idCoordonneeBancaire !== undefined && c.idCoordonneeBancaire !== idCoordonneeBancaire)) return null;
  return {
    iban: c.iban, bic: c.bic ?? null, type: c.type ?? null,
    source: { identifiantFactureCPP: f.identifiantFactureCPP, numeroFacture: f.numeroFacture ?? last.numeroFacture ?? null, dateDepot: f.dateDepot ?? last.dateDepot ?? null },
  };
}

export type { CompteRenduDetaille, PieceJointeStructure } from "./schemas/transverses";
export type { DecodedRejection } from "./deposit-report";
