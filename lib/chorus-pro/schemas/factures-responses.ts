// Factures API responses: wire (z.input) → domain (z.output). Every field optional: the sources
// disagree on what is always present (CONTRACT §8), and a missing column must not fail a page.
import { z } from "zod";
import { ibanFromFournisseurBlock } from "../inferred";
import { list, opt, pagedResponse, wireAmount, wireBool, wireDate, wireDateTime, wireId, wireStatut } from "./common";

const str = opt(z.string());
const id = opt(wireId);
const amount = opt(wireAmount);
const date = opt(wireDate);

export const SoumettreFactureResponse = z.object({
  identifiantFactureCPP: wireId, numeroFacture: str, statutFacture: opt(wireStatut), dateDepot: date,
  identifiantStructure: str, empreinteCertificatDepot: str,
});
export type FactureSoumise = z.output<typeof SoumettreFactureResponse>;

export const DeposerFluxResponse = z.object({ numeroFluxDepot: z.string(), dateDepot: date, syntaxeFlux: str });
export type FluxDepose = z.output<typeof DeposerFluxResponse>;

export const DeposerPdfResponse = z.object({
  numeroFacture: str, dateFacture: date, codeDestinataire: str, codeServiceExecutant: str, codeFournisseur: str,
  codeDeviseFacture: str, typeFacture: str, typeTva: str, numeroBonCommande: str, montantTtcAvantRemiseGlobalTTC: amount,
  montantAPayer: amount, montantHtTotal: amount, montantTVA: amount, pieceJointeId: id,
});
export type PdfInterprete = z.output<typeof DeposerPdfResponse>;

const FactureEmiseItem = z.object({
  identifiantFactureCPP: wireId, numeroFacture: str, statut: opt(wireStatut), typeFacture: str, typeDemandePaiement: str,
  idDestinataire: id, codeDestinataire: str, designationDestinataire: str, codeServiceExecutant: str, nomServiceExecutant: str,
  codeFournisseur: str, designationFournisseur: str, dateFacture: date, dateDepot: date, montantHT: amount, montantTTC: amount,
  montantAPayer: amount, devise: str, numeroFluxDepot: str, numeroMarche: str, numeroBonCommande: str, modeDepot: str,
  dateHeureEtatCourant: opt(wireDateTime), commentaireEtatCourant: str, rejetTraite: opt(wireBool), taille: id,
});
export type FactureEmise = z.output<typeof FactureEmiseItem>;
export const RechercherFactureParFournisseurResponse = pagedResponse("listeFactures", FactureEmiseItem);

const FactureRecueItem = z.object({
  idFacture: wireId, numeroFacture: str, statut: opt(wireStatut), typeDemandePaiement: str, typeFacture: str, typeFactureTravaux: str,
  codeFournisseur: str, typeIdentifiantFournisseur: str, designationFournisseur: str, idDestinataire: id, codeDestinataire: str,
  designationDestinataire: str, idServiceExecutant: id, codeServiceExecutant: str, nomServiceExecutant: str, dateFacture: date,
  dateDepot: date, montantHT: amount, montantTTC: amount, montantAPayer: amount, devise: str,
  factureTelechargeeParDestinataire: opt(wireBool), dateHeureEtatCourant: opt(wireDateTime), commentaireEtatCourant: str, taille: id,
  codeMOE: str, designationMOE: str, codeMOA: str, designationMOA: str,
});
export type FactureRecue = z.output<typeof FactureRecueItem>;
// rechercher/recipiendaire: counters at the top level (CONTRACT §8.3); atraiter: parametresRetour.
export const RechercherFactureRecipiendaireResponse = pagedResponse("listeFactures", FactureRecueItem, true);
export const RechercherFactureATraiterRecipiendaireResponse = pagedResponse("listeFactures", FactureRecueItem);

const FactureValideurItem = z.object({
  idFacture: wireId, numeroFacture: str, statut: opt(wireStatut), typeDemandePaiement: str, typeFacture: str, typeFactureTravaux: str,
  idFournisseur: id, identifiantFournisseur: str, designationFournisseur: str, idDestinataire: id, identifiantDestinataire: str,
  designationDestinataire: str, codeServiceExecutant: str, idValideur: id, designationValideur: str, dateFacture: date, dateDepot: date,
  montantHT: amount, montantTTC: amount, montantAPayer: amount, devise: str, numeroMarche: str, numeroEngagement: str,
});
export type FactureAValider = z.output<typeof FactureValideurItem>;
export const RechercherFactureValideurResponse = pagedResponse("listeFactures", FactureValideurItem);

const sub = <S extends z.ZodType>(s: S) => opt(s);

/** The bank account an invoice is paid to, from its fournisseur block; the IBAN rebuilt as inferred.ts says. */
export type CoordonneesBancairesDetail = { idCoordonneeBancaire?: number; libelle?: string; type?: "IBAN" | "RIB"; iban: string | null; bic?: string };

// FournisseurFactureEmise (SW-FACT): the party, then its bank fields (coordBancaires*), read into one
// `coordonneesBancaires` object the way CoordonneesBancairesFactureResponse (schemas/transverses.ts)
// reads them; left out when the invoice names no account.
const FournisseurDetail = z.object({
  idFournisseur: id, codeFournisseur: str, typeIdentifiantFournisseur: str, raisonSocialeFournisseur: str, designationFournisseur: str, idServiceFournisseur: id, codeServiceFournisseur: str, libelleServiceFournisseur: str,
  coordBancairesFournisseurId: id, coordBancairesFournisseurType: str, coordBancairesFournisseurLibelle: str,
  coordBancairesFournisseurCodePays: str, coordBancairesFournisseurCleIban: str, coordBancairesFournisseurCompteBancaire: str,
  coordBancairesFournisseurCodeBanque: str, coordBancairesCodeGuichet: str, coordBancairesFournisseurCleRib: str, coordBancairesBicSwift: str,
}).transform(({
  coordBancairesFournisseurId, coordBancairesFournisseurType, coordBancairesFournisseurLibelle, coordBancairesFournisseurCodePays, coordBancairesFournisseurCleIban,
  coordBancairesFournisseurCompteBancaire, coordBancairesFournisseurCodeBanque, coordBancairesCodeGuichet, coordBancairesFournisseurCleRib, coordBancairesBicSwift, ...party
}): typeof party & { coordonneesBancaires?: CoordonneesBancairesDetail } => {
  const iban = ibanFromFournisseurBlock({
    coordBancairesFournisseurType, coordBancairesFournisseurCodePays, coordBancairesFournisseurCleIban, coordBancairesFournisseurCompteBancaire,
    coordBancairesFournisseurCodeBanque, coordBancairesCodeGuichet, coordBancairesFournisseurCleRib,
  });
  if (!iban && coordBancairesFournisseurId === undefined) return party;
  const type = coordBancairesFournisseurType === "RIB" || coordBancairesFournisseurType === "IBAN" ? coordBancairesFournisseurType : undefined;
  const bic = coordBancairesBicSwift?.trim() || undefined;
  return {
    ...party,
    coordonneesBancaires: {
      ...(coordBancairesFournisseurId !== undefined ? { idCoordonneeBancaire: coordBancairesFournisseurId } : {}),
      ...(coordBancairesFournisseurLibelle ? { libelle: coordBancairesFournisseurLibelle } : {}),
      ...(type ? { type } : {}), iban, ...(bic ? { bic } : {}),
    },
  };
});
export const FactureDetailSchema = z.object({
  identifiantFactureCPP: wireId, numeroFacture: str, statutFacture: opt(wireStatut), modeDepot: str, rejetTraite: opt(wireBool), commentaire: str,
  destinataire: sub(z.object({ idDestinataire: id, codeDestinataire: str, libelleDestinataire: str, designationDestinataire: str, idServiceExecutant: id, codeServiceExecutant: str, libelleServiceExecutant: str })),
  fournisseur: sub(FournisseurDetail),
  cadreDeFacturation: sub(z.object({ codeCadreFacturation: str, idValideur1: id, codeValideur1: str, raisonSocialeValideur1: str, idMoe: id, identifiantMoe: str, idMoa: id, identifiantMoa: str })),
  references: sub(z.object({
    dateFacture: date, dateDepot: date, codeDeviseFacture: str, libelleDeviseFacture: str, typeFacture: str, typeFactureTravaux: str,
    typeTva: str, motifExonerationTva: str, numeroMarche: str, numeroBonCommande: str, numeroFactureOrigine: str, modePaiement: str,
    dateEcheancePaiement: date, numeroDpMandat: str,
  })),
  montantTotal: sub(z.object({ montantHtTotal: amount, montantTVA: amount, montantTtcAvantRemiseGlobalTTC: amount, montantRemiseGlobaleTTC: amount, motifRemiseGlobaleTTC: str, montantTtcTotal: amount, montantAPayer: amount })),
  recapitulatifDeTva: sub(z.object({ ligneTva: list(z.object({ ligneTvaTauxRefCode: str, ligneTvaTauxRefLibelle: str, ligneTvaTauxRefValeur: amount, ligneTvaTauxManuel: amount, ligneTvaMontantBaseHtParTaux: amount, ligneTvaMontantTvaParTaux: amount })) })),
  lignesDePoste: sub(z.object({ lignePoste: list(z.object({
    lignePosteNumero: id, lignePosteReference: str, lignePosteDenomination: str, lignePosteQuantite: amount, lignePosteUniteCode: opt(z.union([z.string(), z.number()]).transform(String)),
    lignePosteUniteLibelle: str, lignePosteMontantUnitaireHT: amount, lignePosteMontantRemiseHT: amount, lignePosteTauxTva: str,
    lignePosteTauxTvaManuel: amount, lignePosteMontantHtApresRemise: amount, lignePosteMontantTva: amount, lignePosteMontantTtcApresRemise: amount,
  })) })),
  pieceJointePrincipale: sub(z.object({ idLiaisonPieceJointePrincipale: id, idPieceJointePrincipale: id })),
  listeDesPiecesJointes: sub(z.object({ pieceJointe: list(z.object({ pieceJointeId: id, pieceJointeIdLiaison: id, pieceJointeTypeCode: str, pieceJointeTypeLibelle: str, pieceJointeDesignation: str, pieceJointeExtension: str, pieceJointeNumeroLigneFacture: id })) })),
});
export type FactureDetail = z.output<typeof FactureDetailSchema>;
export const ConsulterFactureResponse = z.object({ facture: FactureDetailSchema }).transform((r) => r.facture);

export const HistoriqueResponse = z.object({
  idFacture: id, numeroFacture: str, modeDepot: str, statutCourantCode: opt(wireStatut),
  historiquesDesStatuts: sub(z.object({ histoStatut: list(z.object({
    histoStatutId: id, histoStatutCode: opt(wireStatut), histoStatutDatePassage: opt(wireDateTime), histoStatutCommentaire: str,
    histoStatutUtilisateurNom: str, histoStatutUtilisateurPrenom: str, histoStatutUtilisateurEmail: str,
  })) })),
  historiquesDesEvenementsComplementaires: sub(z.object({ evenement: list(z.object({ evenementId: id, evenementLibelle: str, evenementQui: str, evenementDateHeure: opt(wireDateTime) })) })),
  historiquesDesActionsUtilisateurs: sub(z.object({ histoAction: list(z.object({ histoActionId: id, histoActionCode: str, histoActionDateHeure: opt(wireDateTime), histoActionUtilisateurNom: str, histoActionUtilisateurPrenom: str })) })),
  derniereAction: sub(z.object({ derniereActionId: id, derniereActionCode: str })),
}).transform((r) => ({
  idFacture: r.idFacture, numeroFacture: r.numeroFacture, modeDepot: r.modeDepot, statutCourant: r.statutCourantCode,
  statuts: r.historiquesDesStatuts?.histoStatut ?? [], evenements: r.historiquesDesEvenementsComplementaires?.evenement ?? [],
  actions: r.historiquesDesActionsUtilisateurs?.histoAction ?? [], derniereAction: r.derniereAction,
}));
export type HistoriqueFacture = z.output<typeof HistoriqueResponse>;

export const TelechargerGroupeResponse = z.object({ fichierResultat: z.string() });
export const TraiterRecueResponse = z.object({ idFacture: id, numeroFacture: str, dateTraitement: date, nouveauStatut: opt(wireStatut) });
export const TraiterAValiderResponse = z.object({ idFacture: id, numeroFacture: str, dateTraitement: date, statutFacture: opt(wireStatut) });
export const CompleterResponse = z.object({ identifiantFactureCPP: id, numeroFacture: str, dateTraitement: date });
export const CorrigerValideurResponse = z.object({ idFacture: id });
export const EnvelopeOnly = z.object({ codeRetour: opt(wireId), libelle: str }).transform(() => ({ ok: true as const }));
export const StatutsVisiblesResponse = z.object({ listeStatutFacture: list(z.object({ codeStatutFacture: wireStatut })) }).transform((r) => r.listeStatutFacture.map((x) => x.codeStatutFacture));
