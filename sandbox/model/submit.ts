// Submission checks "the way Chorus Pro checks them" (brief §5), shared by soumettre and integrated flux.
import Decimal from "decimal.js";
import { CADRES_A_VALIDER, type Cadre } from "./enums";
import { BusinessError } from "./errors";
import { INFERRED } from "./inferred";
import { scheduleDelivery, type Platform } from "./lifecycle";
import type { NamespaceStore } from "./store";
import { isoDate } from "./clock";
import type { Invoice, LignePoste, LigneTva, PieceJointeLiee, Structure, User } from "./types";

export interface SubmissionLine { numero?: number; reference?: string; denomination?: string; quantite: number; unite?: string; prixUnitaireHT: number; remiseHT?: number; tauxTvaCode?: string; tauxTvaManuel?: number }
export interface SubmissionTva { tauxCode?: string; baseHT: number; montantTva: number; tauxManuel?: number }

export interface Submission {
  numero: string;
  dateFacture?: string;
  modeDepot: string;
  cadre: Cadre;
  codeDestinataire: string;
  codeServiceExecutant?: string;
  idFournisseur: number;
  idServiceFournisseur?: number;
  idCoordBancaire?: number;
  codeStructureValideur?: string;
  codeServiceValideur?: string;
  devise?: string;
  typeFacture?: "FACTURE" | "AVOIR";
  typeTva?: string;
  motifExonerationTva?: string;
  numeroMarche?: string;
  numeroBonCommande?: string;
  numeroFactureOrigine?: string;
  modePaiement?: string;
  lignes: SubmissionLine[];
  lignesTva: SubmissionTva[];
  montantHT: number;
  montantTVA: number;
  montantTTC: number;
  remise?: number;
  motifRemise?: string;
  montantAPayer: number;
  pjPrincipaleId?: number;
  pjPrincipaleDesignation?: string;
  pjComplementaires: { id: number; designation?: string; type?: string; numeroLigne?: number }[];
  commentaire?: string;
  numeroFluxDepot?: string;
}

const TAUX_VALUES: Record<string, number> = { TVA20: 20, TVA10: 10, "TVA5.5": 5.5, "TVA2.1": 2.1, TVA0: 0, TVA1: 0 };

const near = (a: Decimal, b: Decimal, cents: number) => a.minus(b).abs().lte(new Decimal(cents).div(100));

/** Returns the resolved parties or throws the business error Chorus Pro would answer. */
export function checkSubmission(ns: NamespaceStore, accountStructure: number, s: Submission, replacing?: Invoice) {
  if (s.idFournisseur !== accountStructure) throw new BusinessError("FOURNISSEUR_INVALIDE");
  const fournisseur = ns.requireStructure(s.idFournisseur);
  if (s.idServiceFournisseur !== undefined && !fournisseur.services.some((x) => x.idService === s.idServiceFournisseur))
    throw new BusinessError("SERVICE_FOURNISSEUR_INCONNU");
  if (s.idCoordBancaire !== undefined && INFERRED.coordBancairesFournisseurChecked && !fournisseur.coordBancaires.some((c) => c.idCoordonneeBancaire === s.idCoordBancaire))
    throw new BusinessError("COORD_BANCAIRES_INCONNUES", String(s.idCoordBancaire));
  const dest = ns.structuresByIdentifiant.get(s.codeDestinataire);
  if (!dest || dest.typeStructure !== "PUBLIQUE") throw new BusinessError("DESTINATAIRE_INCONNU", s.codeDestinataire);
  if (!dest.actif) throw new BusinessError("DESTINATAIRE_INACTIF", s.codeDestinataire);
  const service = checkRouting(dest, s.codeServiceExecutant, s.numeroBonCommande);
  let valideur: Structure | undefined;
  if (CADRES_A_VALIDER.includes(s.cadre)) {
    if (!s.codeStructureValideur) throw new BusinessError("VALIDEUR_OBLIGATOIRE");
    valideur = ns.structuresByIdentifiant.get(s.codeStructureValideur);
    if (!valideur || !valideur.actif) throw new BusinessError("VALIDEUR_INCONNU", s.codeStructureValideur);
  }
  checkAmounts(s);
  const dup = ns.findByNumero(s.idFournisseur, s.numero);
  if (dup && dup !== replacing && dup.statut !== "SUPPRIMEE") throw new BusinessError("NUMERO_DEJA_UTILISE", s.numero);
  return { dest, service, valideur };
}

/** Structure parameters (CONTRACT §4.3 / OCA): service code, EJ, or one of both. */
export function checkRouting(dest: Structure, codeService: string | undefined, ej: string | undefined) {
  const p = dest.parametres;
  if (p.codeServiceDoitEtreRenseigne && !codeService) throw new BusinessError("SERVICE_OBLIGATOIRE");
  if (p.numeroEJDoitEtreRenseigne && !ej) throw new BusinessError("EJ_OBLIGATOIRE");
  if (p.gestionNumeroEJOuCodeService && !codeService && !ej) throw new BusinessError("SERVICE_OU_EJ_OBLIGATOIRE");
  if (!codeService) return undefined;
  const service = dest.services.find((x) => x.codeService === codeService);
  if (!service) throw new BusinessError("SERVICE_INCONNU", codeService);
  if (!service.estActif) throw new BusinessError("SERVICE_INACTIF", codeService);
  return service;
}

function checkAmounts(s: Submission): void {
  const tol = INFERRED.amountToleranceCents;
  const ht = new Decimal(s.montantHT), tva = new Decimal(s.montantTVA), ttc = new Decimal(s.montantTTC);
  if (!near(ht.plus(tva), ttc, tol)) throw new BusinessError("MONTANTS_INCOHERENTS", "HT + TVA ≠ TTC");
  if (s.lignes.length) {
    const sum = s.lignes.reduce((acc, l) => acc.plus(lineHT(l)), new Decimal(0));
    if (!near(sum, ht, tol * s.lignes.length)) throw new BusinessError("MONTANTS_INCOHERENTS", "somme des lignes ≠ montant HT");
  }
  if (s.lignesTva.length) {
    const base = s.lignesTva.reduce((acc, l) => acc.plus(l.baseHT), new Decimal(0));
    const sumTva = s.lignesTva.reduce((acc, l) => acc.plus(l.montantTva), new Decimal(0));
    if (!near(base, ht, tol * s.lignesTva.length) || !near(sumTva, tva, tol * s.lignesTva.length))
      throw new BusinessError("MONTANTS_INCOHERENTS", "récapitulatif TVA incohérent");
  }
  const apayer = new Decimal(s.montantAPayer);
  if (s.cadre === "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" && !apayer.isZero()) throw new BusinessError("A2_MONTANT_A_PAYER");
  if (apayer.gt(ttc.plus(0.01)) || apayer.isNegative()) throw new BusinessError("MONTANTS_INCOHERENTS", "montant à payer");
}

function lineHT(l: SubmissionLine): Decimal {
  return new Decimal(l.quantite).times(l.prixUnitaireHT).minus(l.remiseHT ?? 0).toDecimalPlaces(2);
}

export function createInvoice(p: Platform, ns: NamespaceStore, s: Submission, user: User | undefined, parties: ReturnType<typeof checkSubmission>, replacing?: Invoice): Invoice {
  const lignes: LignePoste[] = s.lignes.map((l, i) => {
    const montantHT = lineHT(l).toNumber();
    const taux = l.tauxTvaManuel ?? TAUX_VALUES[l.tauxTvaCode ?? ""] ?? 0;
    return { numero: l.numero ?? i + 1, reference: l.reference, denomination: l.denomination ?? "", quantite: l.quantite, unite: l.unite ?? "unité", prixUnitaireHT: l.prixUnitaireHT, remiseHT: l.remiseHT ?? 0, tauxTvaCode: l.tauxTvaCode, tauxTvaManuel: l.tauxTvaManuel, montantHT, montantTva: new Decimal(montantHT).times(taux).div(100).toDecimalPlaces(2).toNumber() };
  });
  const lignesTva: LigneTva[] = s.lignesTva.map((t) => ({ tauxCode: t.tauxCode, tauxValeur: t.tauxManuel ?? TAUX_VALUES[t.tauxCode ?? ""] ?? 0, baseHT: t.baseHT, montantTva: t.montantTva, tauxManuel: t.tauxManuel }));
  const liaison = () => ns.seq.liaison++;
  const pj = (id: number, designation: string | undefined, typeCode: string, numeroLigne?: number): PieceJointeLiee => ({ id, idLiaison: liaison(), designation: designation ?? ns.attachments.get(id)?.nom ?? "piece-jointe", typeCode, numeroLigne });
  const today = isoDate();
  const inv: Invoice = replacing ?? ({ id: ns.nextInvoiceId(), histoStatuts: [], histoEvenements: [], histoActions: [], pjComplementaires: [] } as unknown as Invoice);
  const before = { idDestinataire: inv.idDestinataire, idValideur: inv.idValideur };
  Object.assign(inv, {
    numero: s.numero, cadre: s.cadre, typeDemandePaiement: "FACTURE", typeFacture: s.typeFacture ?? "FACTURE", modeDepot: s.modeDepot,
    idFournisseur: s.idFournisseur, idServiceFournisseur: s.idServiceFournisseur, idDestinataire: parties.dest.idStructureCPP,
    idServiceExecutant: parties.service?.idService, idValideur: parties.valideur?.idStructureCPP,
    idServiceValideur: parties.valideur?.services.find((x) => x.codeService === s.codeServiceValideur)?.idService,
    dateFacture: (s.dateFacture ?? today).slice(0, 10), dateDepot: today, devise: s.devise ?? "EUR", typeTva: s.typeTva ?? "TVA_SUR_DEBIT",
    motifExonerationTva: s.motifExonerationTva, numeroMarche: s.numeroMarche, numeroBonCommande: s.numeroBonCommande,
    numeroFactureOrigine: s.numeroFactureOrigine, modePaiement: s.modePaiement, idCoordBancaire: s.idCoordBancaire,
    montantHT: s.montantHT, montantTVA: s.montantTVA, montantTTC: s.montantTTC, montantRemise: s.remise ?? 0, motifRemise: s.motifRemise,
    montantAPayer: s.montantAPayer, lignes, lignesTva, numeroFluxDepot: s.numeroFluxDepot, rejetTraite: false, telechargee: false,
    visibleDestinataire: false, idUtilisateurCreateur: user?.idUtilisateur, commentaire: s.commentaire,
    pjPrincipale: s.pjPrincipaleId !== undefined ? pj(s.pjPrincipaleId, s.pjPrincipaleDesignation, "FACTURE") : inv.pjPrincipale,
  });
  inv.pjComplementaires = [...(inv.pjComplementaires ?? []), ...s.pjComplementaires.map((x) => pj(x.id, x.designation, x.type ?? "AUTRE", x.numeroLigne))];
  inv.taille = [inv.pjPrincipale, ...inv.pjComplementaires].reduce((n, x) => n + (x ? ns.attachments.get(x.id)?.size ?? 0 : 0), 0) || 30_000;
  ns.indexDates(inv);
  if (!replacing) ns.addInvoice(inv);
  else {
    ns.indexNumero(inv);
    ns.reindex(inv, before);
  }
  const aValider = CADRES_A_VALIDER.includes(s.cadre);
  ns.setStatus(inv, aValider ? "A_VALIDER_1" : "DEPOSEE", { idUtilisateur: user?.idUtilisateur });
  if (!aValider) scheduleDelivery(p, ns, inv);
  return inv;
}
