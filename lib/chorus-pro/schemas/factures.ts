// Factures API requests (SW-FACT definitions, field names exact). Objects strip unknown keys, so a
// wrapper can only send what the swagger declares (checked by swagger-check.test.ts).
import { z } from "zod";
import { amountIn, dateIn, idIn, paginationIn } from "./common";
import {
  CadreFacturation, CadreSoumettre, CodeLangue, FormatDepot, ModeDepot, ModeDepotSoumettre, ModePaiement,
  StatutFacture, SyntaxeFlux, TypeDemandePaiement, TypeFacture, TypeFactureSoumettre, TypeFactureTravaux, TypeTva,
} from "./enums";

const user = { idUtilisateurCourant: idIn.optional() };
const s = z.string();

export const SoumettreFactureParam = z.object({
  ...user,
  modeDepot: ModeDepotSoumettre,
  numeroFactureSaisi: s.min(1).optional(),
  dateFacture: dateIn,
  destinataire: z.object({ codeDestinataire: s.min(1), codeServiceExecutant: s.optional() }),
  fournisseur: z.object({ idFournisseur: idIn, idServiceFournisseur: idIn.optional(), codeCoordonneesBancairesFournisseur: idIn.optional() }),
  cadreDeFacturation: z.object({ codeCadreFacturation: CadreSoumettre, codeStructureValideur: s.optional(), codeServiceValideur: s.optional() }),
  references: z.object({
    deviseFacture: s.length(3), typeFacture: TypeFactureSoumettre, typeTva: TypeTva, motifExonerationTva: s.optional(),
    numeroMarche: s.optional(), numeroBonCommande: s.optional(), numeroFactureOrigine: s.optional(), modePaiement: ModePaiement,
  }),
  lignePoste: z.array(z.object({
    lignePosteNumero: z.number().int(), lignePosteReference: s.optional(), lignePosteDenomination: s, lignePosteQuantite: amountIn,
    lignePosteUnite: s.optional(), lignePosteMontantUnitaireHT: amountIn, lignePosteMontantRemiseHT: amountIn.optional(),
    lignePosteTauxTva: s.optional(), lignePosteTauxTvaManuel: amountIn.optional(),
  })).optional(),
  ligneTva: z.array(z.object({
    ligneTvaTaux: s.optional(), ligneTvaMontantBaseHtParTaux: amountIn, ligneTvaMontantTvaParTaux: amountIn, ligneTvaTauxManuel: amountIn.optional(),
  })).optional(),
  montantTotal: z.object({
    montantHtTotal: amountIn, montantTVA: amountIn, montantTtcTotal: amountIn, montantRemiseGlobaleTTC: amountIn.optional(),
    motifRemiseGlobaleTTC: s.optional(), montantAPayer: amountIn,
  }),
  // SW-FACT declares an object; we send the object form (CONTRACT §4.1 notes arrays seen elsewhere).
  pieceJointePrincipale: z.object({ pieceJointePrincipaleDesignation: s.optional(), pieceJointePrincipaleId: idIn }).optional(),
  pieceJointeComplementaire: z.array(z.object({
    pieceJointeComplementaireDesignation: s.optional(), pieceJointeComplementaireType: s.optional(),
    pieceJointeComplementaireNumeroLigneFacture: z.number().int().optional(), pieceJointeComplementaireId: idIn,
    pieceJointeComplementaireIdLiaison: idIn.optional(),
  })).optional(),
  commentaire: s.optional(),
});
export type SoumettreFactureInput = z.input<typeof SoumettreFactureParam>;

export const DeposerFluxFactureParam = z.object({ ...user, fichierFlux: s.min(1), nomFichier: s.min(1), syntaxeFlux: SyntaxeFlux, avecSignature: z.boolean().optional() });
export const DeposerPdfFactureParam = z.object({ ...user, fichierFacture: s.min(1), nomFichier: s.min(1), formatDepot: FormatDepot });

const periodes = {
  periodeDateDepotDu: dateIn.optional(), periodeDateDepotAu: dateIn.optional(),
  periodeDateFactureDu: dateIn.optional(), periodeDateFactureAu: dateIn.optional(),
};
const montantsMinMax = {
  montantHTMin: amountIn.optional(), montantHTMax: amountIn.optional(), montantTTCMin: amountIn.optional(), montantTTCMax: amountIn.optional(),
};

export const RechercherFactureParFournisseurParam = z.object({
  ...user, ...periodes, ...montantsMinMax,
  listeDestinataire: z.array(z.object({ idDestinataire: idIn, listeIdServiceExecutant: z.array(idIn).optional() })).optional(),
  numeroFacture: s.optional(), typeFacture: TypeFacture.optional(), idFournisseur: idIn.optional(), idServiceFournisseur: idIn.optional(),
  idStructureValideur: idIn.optional(), cadreFacturation: CadreFacturation.optional(), statutCourant: z.array(StatutFacture).optional(),
  montantApayerMin: amountIn.optional(), montantApayerMax: amountIn.optional(), numeroMarche: s.optional(), numeroBonCommande: s.optional(),
  numeroFactureOrigine: s.optional(), modeDepot: ModeDepot.optional(), numeroFluxDepot: s.optional(), rejetTraite: z.boolean().optional(),
  periodeDateHeureEtatCourantDu: s.optional(), periodeDateHeureEtatCourantAu: s.optional(),
  rechercheFactureParFournisseur: z.object({ ...paginationIn, nbResultatsMaximum: z.number().int().optional(), triColonne: s.optional() }).optional(),
});
export type RechercherFactureParFournisseurInput = z.input<typeof RechercherFactureParFournisseurParam>;

export const RechercherFactureRecipiendaireParam = z.object({
  ...user, ...periodes, ...montantsMinMax,
  typeDemandePaiement: z.enum(["FACTURE", "FACTURE_TRAVAUX"]).optional(), idDestinataire: idIn.optional(), idServiceExecutant: idIn.optional(),
  numeroFacture: s.optional(), listeTypeFacture: z.array(z.enum(["AVOIR", "FACTURE"])).optional(),
  listeTypeFactureTravaux: z.array(TypeFactureTravaux).optional(),
  listeFournisseurs: z.array(z.object({ idFournisseur: idIn, listeIdService: z.array(idIn).optional() })).optional(),
  cadreFacturation: CadreFacturation.optional(), statutCourant: z.array(StatutFacture).optional(),
  montantApayerMin: amountIn.optional(), montantApayerMax: amountIn.optional(), numeroMarche: s.optional(), numeroBonCommande: s.optional(),
  rechercheSirenFournisseur: z.boolean().optional(), idStructureValideur: idIn.optional(), factureTelechargeeParDestinataire: z.boolean().optional(),
  recupererTaille: z.boolean().optional(), periodeDateHeureEtatCourantDu: s.optional(), periodeDateHeureEtatCourantAu: s.optional(),
  paramRecherche: z.object({ ...paginationIn, nbResultatsMaximum: z.number().int().optional(), triColonne: s.optional() }).optional(),
});
export type RechercherFactureRecipiendaireInput = z.input<typeof RechercherFactureRecipiendaireParam>;

export const RechercherFactureParValideurParam = z.object({
  ...user, ...periodes, ...montantsMinMax,
  typeDemandePaiement: TypeDemandePaiement.optional(), idDestinataire: idIn.optional(), idServiceExecutant: idIn.optional(),
  numeroFacture: s.optional(), idFournisseur: idIn.optional(), idServiceFournisseur: idIn.optional(), idStructureValideur: idIn.optional(),
  cadreFacturation: CadreFacturation.optional(), statutCourant: z.array(StatutFacture).optional(), numeroMarche: s.optional(),
  numeroEngagement: s.optional(), pagination: z.object({ ...paginationIn, triColonne: s.optional() }).optional(),
});
export type RechercherFactureParValideurInput = z.input<typeof RechercherFactureParValideurParam>;

export const RechercherFactureATraiterParValideurParam = z.object({
  ...user, idStructure: idIn.optional(), identifiantStructure: s.optional(),
  typeIdentifiantStructure: z.enum(["SIRET", "UE_HORS_FRANCE", "HORS_UE", "RIDET", "TAHITI", "AUTRE", "PARTICULIER"]).optional(),
  pagination: z.object({ ...paginationIn, triColonne: s.optional() }).optional(),
});
export type RechercherFactureATraiterParValideurInput = z.input<typeof RechercherFactureATraiterParValideurParam>;

export const RechercherFactureATraiterParRecipiendaireParam = z.object({
  ...user, idStructure: idIn.optional(), recupererTaille: z.boolean().optional(),
  parametreRechercheFactureATraiterParRecipiendaire: z.object({ ...paginationIn, triColonne: s.optional() }).optional(),
});
export type RechercherFactureATraiterParRecipiendaireInput = z.input<typeof RechercherFactureATraiterParRecipiendaireParam>;

export const ConsulterFactureParam = z.object({ ...user, identifiantFactureCPP: idIn, codeLangue: CodeLangue.optional() });
export const ConsulterHistoriqueFactureParam = z.object({ ...user, idFacture: idIn, idEspace: idIn.optional(), nbResultatsMaximum: z.number().int().optional() });
export const TelechargerGroupeFactureParam = z.object({
  ...user, idEspace: idIn.optional(), format: z.enum(["PDF", "PIVOT"]).optional(),
  avecPiecesJointesComplementaires: z.enum(["OUI", "NON"]).optional(), listeFacture: z.array(z.object({ idFacture: idIn })).min(1),
});
export const TraiterUneFactureRecueParam = z.object({ ...user, idFacture: idIn, nouveauStatut: StatutFacture, motif: s.optional(), numeroDPMandat: s.optional() });
export const TraiterFactureAValiderParam = z.object({
  idFacture: idIn, action: s.min(1), typeValideur: s.optional(), idValideur: idIn.optional(), motifRefus: s.optional(), complementInfo: s.optional(),
});
export const CompleterFactureParam = z.object({
  ...user, identifiantFactureCPP: idIn, commentaire: s.optional(),
  pieceJointeComplementaire: z.array(z.object({
    pieceJointeComplementaireDesignation: s.optional(), pieceJointeComplementaireType: s.optional(),
    pieceJointeComplementaireNumeroLigneFacture: z.number().int().optional(), pieceJointeComplementaireId: idIn,
  })).optional(),
});
export const CorrigerValideurFactureParam = z.object({
  idFacture: idIn, idStructure: idIn.optional(), identifiantStructure: s.optional(),
  typeIdentifiantStructure: z.enum(["SIRET", "UE_HORS_FRANCE", "HORS_UE", "RIDET", "TAHITI", "AUTRE", "PARTICULIER"]).optional(),
});
export const TraiterFacturesRejeteesParam = z.object({ listeDemandePaiement: z.array(z.object({ idDemandePaiement: idIn })).min(1) });
export const RecupererStatutsFactureVisiblesParValideurParam = z.object({ ...user });
