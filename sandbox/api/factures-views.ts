// Wire shapes of search results (SW-FACT definitions), built from the model. Field names are the swagger's.
import type { NamespaceStore } from "../model/store";
import type { Invoice, Structure } from "../model/types";

const svc = (s: Structure | undefined, id: number | undefined) => (id === undefined ? undefined : s?.services.find((x) => x.idService === id));

export function parties(ns: NamespaceStore, i: Invoice) {
  const f = ns.structures.get(i.idFournisseur), d = ns.structures.get(i.idDestinataire), v = ns.structure(i.idValideur);
  return { f, d, v, sf: svc(f, i.idServiceFournisseur), se: svc(d, i.idServiceExecutant), moe: ns.structure(i.idMoe), moa: ns.structure(i.idMoa) };
}

/** RetourRechercherFactureParFournisseur */
export function fournisseurItem(ns: NamespaceStore, i: Invoice) {
  const { f, d, v, sf, se } = parties(ns, i);
  return {
    identifiantFactureCPP: i.id, typeDemandePaiement: i.typeDemandePaiement, codeFournisseur: f?.identifiantStructure,
    typeIdentifiantFournisseur: f?.typeIdentifiantStructure, designationFournisseur: f?.designationStructure,
    codeServiceFournisseur: sf?.codeService, nomServiceFournisseur: sf?.libelleService, idDestinataire: i.idDestinataire,
    codeDestinataire: d?.identifiantStructure, designationDestinataire: d?.designationStructure, idServiceExecutant: i.idServiceExecutant,
    codeServiceExecutant: se?.codeService, nomServiceExecutant: se?.libelleService, typeFacture: i.typeFacture, numeroFacture: i.numero,
    dateFacture: i.dateFacture, dateDepot: i.dateDepot, montantHT: i.montantHT, montantTTC: i.montantTTC, montantAPayer: i.montantAPayer,
    devise: i.devise, statut: i.statut, numeroMarche: i.numeroMarche, numeroBonCommande: i.numeroBonCommande, numeroFluxDepot: i.numeroFluxDepot,
    typeIdentifiantValideur1: v?.typeIdentifiantStructure, codeValideur1: v?.identifiantStructure, raisonSocialeValideur1: v?.designationStructure,
    dateValidation1: i.dateValidation1, numeroFactureOrigine: i.numeroFactureOrigine, modeDepot: i.modeDepot,
    taille: i.taille, dateHeureEtatCourant: i.dateHeureEtatCourant, commentaireEtatCourant: i.commentaireEtatCourant, rejetTraite: i.rejetTraite,
  };
}

/** FactureRechercheRecipiendaire */
export function recipiendaireItem(ns: NamespaceStore, i: Invoice) {
  const { f, d, sf, se, moe, moa } = parties(ns, i);
  return {
    idFacture: i.id, devise: i.devise, typeDemandePaiement: i.typeDemandePaiement, codeFournisseur: f?.identifiantStructure,
    typeIdentifiantFournisseur: f?.typeIdentifiantStructure, designationFournisseur: f?.designationStructure,
    codeServiceFournisseur: sf?.codeService, nomServiceFournisseur: sf?.libelleService, idDestinataire: i.idDestinataire,
    codeDestinataire: d?.identifiantStructure, designationDestinataire: d?.designationStructure, idServiceExecutant: i.idServiceExecutant,
    codeServiceExecutant: se?.codeService, nomServiceExecutant: se?.libelleService, typeFacture: i.typeFacture,
    typeFactureTravaux: i.typeFactureTravaux, numeroFacture: i.numero, dateFacture: i.dateFacture, dateDepot: i.dateDepot,
    montantHT: i.montantHT, montantTTC: i.montantTTC, montantAPayer: i.montantAPayer, statut: i.statut, numeroMarche: i.numeroMarche,
    numeroBonCommande: i.numeroBonCommande, taille: i.taille, factureTelechargeeParDestinataire: i.telechargee,
    codeMOE: moe?.identifiantStructure, typeIdentifiantMOE: moe?.typeIdentifiantStructure, designationMOE: moe?.designationStructure,
    codeMOA: moa?.identifiantStructure, typeIdentifiantMOA: moa?.typeIdentifiantStructure, designationMOA: moa?.designationStructure,
    dateHeureEtatCourant: i.dateHeureEtatCourant, commentaireEtatCourant: i.commentaireEtatCourant,
  };
}

/** FactureRechercheValideur (montants typed int64 in SW-FACT — CONTRACT §8.6: emitted as numbers). */
export function valideurItem(ns: NamespaceStore, i: Invoice) {
  const { f, d, v, sf, se, moe, moa } = parties(ns, i);
  return {
    idFacture: i.id, typeDemandePaiement: i.typeDemandePaiement, idFournisseur: i.idFournisseur, identifiantFournisseur: f?.identifiantStructure,
    typeIdentifiantFournisseur: f?.typeIdentifiantStructure, designationFournisseur: f?.designationStructure,
    codeServiceFournisseur: sf?.codeService, nomServiceFournisseur: sf?.libelleService,
    idMoe: i.idMoe, identifiantMoe: moe?.identifiantStructure, designationMoe: moe?.designationStructure,
    idMoa: i.idMoa, identifiantMoa: moa?.identifiantStructure, designationMoa: moa?.designationStructure,
    idDestinataire: i.idDestinataire, typeIdentifiantDestinataire: d?.typeIdentifiantStructure, identifiantDestinataire: d?.identifiantStructure,
    designationDestinataire: d?.designationStructure, idServiceExecutant: i.idServiceExecutant, codeServiceExecutant: se?.codeService,
    nomServiceExecutant: se?.libelleService, idValideur: i.idValideur, typeIdentifiantValideur: v?.typeIdentifiantStructure,
    identifiantValideur: v?.identifiantStructure, designationValideur: v?.designationStructure, typeFacture: i.typeFacture,
    typeFactureTravaux: i.typeFactureTravaux, numeroFacture: i.numero, dateFacture: i.dateFacture, dateDepot: i.dateDepot,
    montantHT: i.montantHT, montantTTC: i.montantTTC, montantAPayer: i.montantAPayer, devise: i.devise, statut: i.statut,
    numeroMarche: i.numeroMarche, numeroEngagement: i.numeroBonCommande,
  };
}

/** FactureRechercherATraiterFournisseur */
export function aTraiterFournisseurItem(ns: NamespaceStore, i: Invoice) {
  const { f, d, sf, se } = parties(ns, i);
  return {
    identifiantFactureCPP: i.id, typeDemandePaiement: i.typeDemandePaiement, codeFournisseur: f?.identifiantStructure,
    typeIdentifiantFournisseur: f?.typeIdentifiantStructure, designationFournisseur: f?.designationStructure,
    codeServiceFournisseur: sf?.codeService, nomServiceFournisseur: sf?.libelleService, idDestinataire: i.idDestinataire,
    codeDestinataire: d?.identifiantStructure, designationDestinataire: d?.designationStructure, idServiceExecutant: i.idServiceExecutant,
    codeServiceExecutant: se?.codeService, nomServiceExecutant: se?.libelleService, typeFacture: i.typeFacture, numeroFacture: i.numero,
    dateFacture: i.dateFacture, dateDepot: i.dateDepot, montantHT: i.montantHT, montantTTC: i.montantTTC, montantAPayer: i.montantAPayer,
    devise: i.devise, statut: i.statut, numeroMarche: i.numeroMarche, numeroBonCommande: i.numeroBonCommande, taille: i.taille,
  };
}

/** RechercherDemandePaiementOutputListeDemandePaiement */
export function demandePaiementItem(ns: NamespaceStore, i: Invoice) {
  const { f, d, se } = parties(ns, i);
  return {
    idDemandePaiement: i.id, numeroDemandePaiement: i.numero, typeDemandePaiement: i.typeDemandePaiement, typeFacture: i.typeFacture,
    typeFactureTravaux: i.typeFactureTravaux, cadreFacturation: i.cadre, etatCourant: i.statut, dateHeureEtatCourant: i.dateHeureEtatCourant,
    dateFournisseur: i.dateFacture, dateDepot: i.dateDepot, montantHT: i.montantHT, montantTTC: i.montantTTC, montantAPayer: i.montantAPayer,
    numeroMarche: i.numeroMarche, numeroBonCommande: i.numeroBonCommande, numeroFactureOrigine: i.numeroFactureOrigine,
    idStructureFournisseur: i.idFournisseur, idServiceFournisseur: i.idServiceFournisseur, idStructureMoe: i.idMoe, idStructureMoa: i.idMoa,
    idStructureValideur1: i.idValideur, idStructureDestinataire: i.idDestinataire, idServiceDestinataire: i.idServiceExecutant,
    dpOuDpArchive: "DEMANDE_PAIEMENT", commentaireEtatCourant: i.commentaireEtatCourant, numeroDpMandat: i.numeroDPMandat,
    codeServiceDestinataire: se?.codeService, nomServiceDestinataire: se?.libelleService,
    identifiantStructureFournisseur: f?.identifiantStructure, identifiantStructureDestinataire: d?.identifiantStructure,
  };
}
