// consulter/fournisseur|recipiendaire|valideur and consulter/historique (CONTRACT §4.1).
import { z } from "zod";
import type { CproCtx, Router } from "../http/router";
import { ok } from "../model/errors";
import type { NamespaceStore } from "../model/store";
import type { Invoice } from "../model/types";
import { invoiceFor, opt, zInt, zStr, type Space } from "./common";
import { parties } from "./factures-views";
import { coordBancairesWire } from "../model/bank-details";

const P = "/cpro/factures/v1";
const consulterBody = z.object({ idUtilisateurCourant: opt(zInt), identifiantFactureCPP: opt(zInt), idFacture: opt(zInt), codeLangue: opt(zStr) }).loose();
const histoBody = z.object({ idUtilisateurCourant: opt(zInt), idFacture: opt(zInt), identifiantFactureCPP: opt(zInt), nbResultatsMaximum: opt(zInt) }).loose();

const counters = (prefix: string, suffix: string, n: number) => ({
  [`pageCourante${suffix}`]: 1, [`pages${suffix}`]: n ? 1 : 0, [`nbResultatsParPage${suffix}`]: Math.max(n, 1), [`total${suffix}`]: n,
  ...(prefix ? {} : {}),
});

/** FactureCppEmise (emise=true) or FactureCpp. */
export function factureView(ns: NamespaceStore, i: Invoice, emise: boolean) {
  const { f, d, v, sf, se, moe, moa } = parties(ns, i);
  const cb = f?.coordBancaires.find((c) => c.idCoordonneeBancaire === i.idCoordBancaire);
  const destinataire = {
    idDestinataire: i.idDestinataire, codeDestinataire: d?.identifiantStructure, libelleDestinataire: d?.designationStructure,
    idServiceExecutant: i.idServiceExecutant, codeServiceExecutant: se?.codeService, libelleServiceExecutant: se?.libelleService,
    adresseDestinataireDetail: d?.adresse.adresse, adresseDestinataireCodePostal: d?.adresse.codePostal, adresseDestinataireVille: d?.adresse.ville,
    adresseDestinataireCodePays: d?.adresse.codePays, adresseDestinataireLibellePays: d?.adresse.libellePays,
    ...(emise ? { designationDestinataire: d?.designationStructure } : { destinataireEtat: "OUI" }),
  };
  const fournisseur = {
    idFournisseur: i.idFournisseur, typeIdentifiantFournisseur: f?.typeIdentifiantStructure, codeFournisseur: f?.identifiantStructure,
    ...(emise ? { raisonSocialeFournisseur: f?.designationStructure } : {}), designationFournisseur: f?.designationStructure,
    idServiceFournisseur: i.idServiceFournisseur, codeServiceFournisseur: sf?.codeService, libelleServiceFournisseur: sf?.libelleService,
    adresseFournisseurDetail: f?.adresse.adresse, adresseFournisseurCodePostal: f?.adresse.codePostal, adresseFournisseurVille: f?.adresse.ville,
    adresseFournisseurCodePays: f?.adresse.codePays, adresseFournisseurLibellePays: f?.adresse.libellePays,
    ...coordBancairesWire(cb),
  };
  const pjs = i.pjComplementaires.map((p) => ({
    pieceJointeTypeCode: p.typeCode, pieceJointeTypeLibelle: p.typeCode, pieceJointeDesignation: p.designation,
    pieceJointeNumeroLigneFacture: p.numeroLigne, pieceJointeIdLiaison: p.idLiaison, pieceJointeId: p.id,
    pieceJointeExtension: ns.attachments.get(p.id)?.extension,
  }));
  return {
    identifiantFactureCPP: i.id, numeroFacture: i.numero, statutFacture: i.statut, modeDepot: i.modeDepot,
    ...(emise ? { rejetTraite: i.rejetTraite } : {}), destinataire, fournisseur,
    cadreDeFacturation: {
      codeCadreFacturation: i.cadre, idValideur1: i.idValideur, typeIdentifiantValideur1: v?.typeIdentifiantStructure,
      codeValideur1: v?.identifiantStructure, raisonSocialeValideur1: v?.designationStructure, dateValidation1: i.dateValidation1,
      idMoe: i.idMoe, typeIdentifiantMoe: moe?.typeIdentifiantStructure, identifiantMoe: moe?.identifiantStructure, raisonSocialeMoe: moe?.designationStructure, designationMoe: moe?.designationStructure,
      idMoa: i.idMoa, typeIdentifiantMoa: moa?.typeIdentifiantStructure, identifiantMoa: moa?.identifiantStructure, raisonSocialeMoa: moa?.designationStructure, designationMoa: moa?.designationStructure,
    },
    references: {
      dateFacture: i.dateFacture, dateDepot: i.dateDepot, codeDeviseFacture: i.devise, libelleDeviseFacture: i.devise === "EUR" ? "Euro" : i.devise,
      typeFacture: i.typeFacture, typeFactureTravaux: i.typeFactureTravaux, typeTva: i.typeTva, motifExonerationTva: i.motifExonerationTva,
      numeroMarche: i.numeroMarche, numeroBonCommande: i.numeroBonCommande, numeroFactureOrigine: i.numeroFactureOrigine, modePaiement: i.modePaiement,
      dateCreationFacture: i.dateDepot, tailleTotalePiecesJointes: i.taille, numeroDpMandat: i.numeroDPMandat,
    },
    recapitulatifDeTva: {
      ligneTva: i.lignesTva.map((t) => ({ ligneTvaTauxRefCode: t.tauxCode, ligneTvaTauxRefLibelle: t.tauxCode, ligneTvaTauxRefValeur: t.tauxValeur, ligneTvaTauxManuel: t.tauxManuel, ligneTvaMontantBaseHtParTaux: t.baseHT, ligneTvaMontantTvaParTaux: t.montantTva })),
      ...counters("", "LignesRecapitulativesTVA", i.lignesTva.length),
    },
    montantTotal: {
      montantHtTotal: i.montantHT, montantTVA: i.montantTVA, montantTtcAvantRemiseGlobalTTC: i.montantTTC, montantRemiseGlobaleTTC: i.montantRemise,
      motifRemiseGlobaleTTC: i.motifRemise, montantTtcTotal: i.montantTTC - i.montantRemise, montantAPayer: i.montantAPayer,
    },
    pieceJointePrincipale: i.pjPrincipale ? { idLiaisonPieceJointePrincipale: i.pjPrincipale.idLiaison, idPieceJointePrincipale: i.pjPrincipale.id } : undefined,
    listeDesPiecesJointes: { pieceJointe: pjs, ...counters("", "ListePiecesJointe", pjs.length) },
    lignesDePoste: {
      lignePoste: i.lignes.map((l) => ({
        lignePosteNumero: l.numero, lignePosteReference: l.reference, lignePosteDenomination: l.denomination, lignePosteQuantite: l.quantite,
        lignePosteUniteLibelle: l.unite, lignePosteMontantUnitaireHT: l.prixUnitaireHT, lignePosteMontantRemiseHT: l.remiseHT,
        lignePosteTauxTva: l.tauxTvaCode, lignePosteTauxTvaManuel: l.tauxTvaManuel, lignePosteMontantHtApresRemise: l.montantHT,
        lignePosteMontantTva: l.montantTva, lignePosteMontantTtcApresRemise: Math.round((l.montantHT + l.montantTva) * 100) / 100,
      })),
      ...counters("", "LignesPoste", i.lignes.length),
    },
    commentaire: i.commentaire,
  };
}

function consulter(space: Space, emise: boolean) {
  return (ctx: CproCtx) => {
    const b = consulterBody.parse(ctx.body);
    const inv = invoiceFor(ctx, space, b.identifiantFactureCPP ?? b.idFacture);
    return { json: { ...ok(), facture: factureView(ctx.ns, inv, emise) } };
  };
}

export function register(router: Router): void {
  router.cpro("factures", `${P}/consulter/fournisseur`, consulter("fournisseur", true));
  router.cpro("factures", `${P}/consulter/recipiendaire`, consulter("recipiendaire", false));
  router.cpro("factures", `${P}/consulter/valideur`, consulter("valideur", true));
  router.cpro("factures", `${P}/consulter/historique`, (ctx) => {
    const b = histoBody.parse(ctx.body);
    const inv = invoiceFor(ctx, "any", b.idFacture ?? b.identifiantFactureCPP);
    const max = b.nbResultatsMaximum && b.nbResultatsMaximum > 0 ? b.nbResultatsMaximum : undefined;
    const who = (id?: number) => (id === undefined ? undefined : ctx.ns.users.get(id));
    // SEEN [PASTELL fixture]: newest status first.
    const statuts = [...inv.histoStatuts].reverse().slice(0, max).map((h) => {
      const u = who(h.idUtilisateur);
      return { histoStatutId: h.id, histoStatutCode: h.code, histoStatutDatePassage: h.date, histoStatutCommentaire: h.commentaire,
        histoStatutUtilisateurPrenom: u?.prenom, histoStatutUtilisateurNom: u?.nom, histoStatutUtilisateurEmail: u?.email, histoStatutUtilisateurTelephone: u?.telephone };
    });
    const events = [...inv.histoEvenements].reverse().map((e) => ({ evenementId: e.id, evenementLibelle: e.libelle, evenementQui: e.qui, evenementDateHeure: e.date }));
    const actions = [...inv.histoActions].reverse().map((a) => {
      const u = who(a.idUtilisateur);
      return { histoActionId: a.id, histoActionCode: a.code, histoActionDateHeure: a.date, histoActionUtilisateurPrenom: u?.prenom,
        histoActionUtilisateurNom: u?.nom, histoActionUtilisateurEmail: u?.email, histoActionUtilisateurTelephone: u?.telephone };
    });
    const last = actions[0];
    return { json: {
      ...ok(), idFacture: inv.id, numeroFacture: inv.numero, modeDepot: inv.modeDepot, statutCourantCode: inv.statut,
      historiquesDesStatuts: { histoStatut: statuts, ...counters("", "HistoStatut", statuts.length) },
      historiquesDesEvenementsComplementaires: { evenement: events, ...counters("", "Evenement", events.length) },
      historiquesDesActionsUtilisateurs: { histoAction: actions, ...counters("", "HistoAction", actions.length) },
      derniereAction: last ? { derniereActionId: last.histoActionId, derniereActionCode: last.histoActionCode } : undefined,
    } };
  });
}
