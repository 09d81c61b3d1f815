// The sandbox's own domain model (plain JSON-serialisable objects so that a namespace can be persisted as is).
import type { Cadre, HistoActionCode, Statut, SyntaxeFlux, TypeIdentifiant } from "./enums";

export type PortalRole = "fournisseur" | "valideur" | "gestionnaire" | "moe" | "moa" | "admin";
export type Persona = PortalRole | "multi";

export interface Service {
  idService: number;
  codeService: string;
  libelleService: string;
  estActif: boolean;
  dateDbtService: string;
  dateFinService?: string;
  /** Référentiel des Organisations: stable 32-hex id (CONTRACT §5.1). */
  uuid?: string;
  description?: string;
  numeroEj?: string;
  dateCreation?: string;
}

/** A structure's attachment as the organisations API lists it (CONTRACT §5.1). */
export interface StructurePj { uuid: string; fileName: string; contentType: string; sizeBytes: number; base64: string }

export interface Adresse {
  adresse: string;
  codePostal: string;
  ville: string;
  codePays: string;
  libellePays: string;
}

export interface StructureParametres {
  codeServiceDoitEtreRenseigne: boolean;
  numeroEJDoitEtreRenseigne: boolean;
  gestionNumeroEJOuCodeService: boolean;
  estMoa: boolean;
  estMoaUniquement: boolean;
  statutMiseEnPaiementNestPasRemonte: boolean;
}

export interface CoordBancaire {
  idCoordonneeBancaire: number;
  nomCoordonneeBancaire: string;
  iban: string;
  bic: string;
  domiciliation?: string;
  /** Its attachments (a « RIB »): listed by rechercher/pj/structure, served by telecharger/pieceJointe. */
  piecesJointes?: CoordBancairePj[];
}

/** A bank-details attachment; the PDF is rendered when downloaded (model/bank-details.ts). */
export interface CoordBancairePj { id: number; designation: string; extension: string }

export interface Structure {
  idStructureCPP: number;
  identifiantStructure: string;
  typeIdentifiantStructure: TypeIdentifiant;
  designationStructure: string;
  typeStructure: "PUBLIQUE" | "PRIVEE";
  actif: boolean;
  adresse: Adresse;
  numeroTVA?: string;
  parametres: StructureParametres;
  services: Service[];
  /** Engagements juridiques (numbers) of a public structure. */
  engagements: string[];
  coordBancaires: CoordBancaire[];
  /** Works: the MOE structure attached to this MOA's works contracts. */
  idMoe?: number;
  /** Référentiel des Organisations: stable 32-hex id (CONTRACT §5.1 sample `006accaa…`). */
  uuid?: string;
  connexionEDI?: boolean;
  recevoirDonneesViaEDI?: boolean;
  piecesJointes?: StructurePj[];
}

export interface TechnicalAccount {
  login: string;
  password: string;
  idStructureCPP: number;
  /** YYYY-MM-DD */
  dateExpirationMotPasse: string;
}

export interface Rattachement {
  idRattachement: number;
  idStructureCPP: number;
  roles: PortalRole[];
  technicalAccountLogin: string;
  idServices: number[];
}

export interface User {
  idUtilisateur: number;
  email: string;
  nom: string;
  prenom: string;
  telephone: string;
  persona: Persona | null;
  rattachements: Rattachement[];
}

export interface Attachment {
  id: number;
  nom: string;
  mime: string;
  extension: string;
  size: number;
  base64: string;
  idStructure: number;
  idUtilisateur: number;
  typeCode?: string;
}

export interface HistoStatut { id: number; code: Statut; date: string; commentaire?: string; idUtilisateur?: number }
export interface HistoEvenement { id: number; libelle: string; qui: string; date: string }
export interface HistoAction { id: number; code: HistoActionCode; date: string; idUtilisateur?: number }

export interface LignePoste {
  numero: number;
  reference?: string;
  denomination: string;
  quantite: number;
  unite: string;
  prixUnitaireHT: number;
  remiseHT: number;
  tauxTvaCode?: string;
  tauxTvaManuel?: number;
  montantHT: number;
  montantTva: number;
}

export interface LigneTva { tauxCode?: string; tauxValeur: number; baseHT: number; montantTva: number; tauxManuel?: number }

export interface PieceJointeLiee { id: number; idLiaison: number; designation: string; typeCode: string; numeroLigne?: number }

export interface Invoice {
  id: number;
  numero: string;
  statut: Statut;
  cadre: Cadre;
  typeDemandePaiement: "FACTURE" | "FACTURE_TRAVAUX";
  typeFacture: "FACTURE" | "AVOIR" | "ACOMPTE";
  typeFactureTravaux?: string;
  modeDepot: string;
  idFournisseur: number;
  idServiceFournisseur?: number;
  idDestinataire: number;
  idServiceExecutant?: number;
  idValideur?: number;
  idServiceValideur?: number;
  dateValidation1?: string;
  idMoe?: number;
  idMoa?: number;
  /** Works (LIFECYCLE §5.1): billing file = id of its first piece; pieces chained by previous/next. */
  idDossier?: number;
  idPiecePrecedente?: number;
  idPieceSuivante?: number;
  /** Works: the enterprise holding the contract, and the sub/co-contractor who opened the file, if any. */
  idTitulaire?: number;
  idSousTraitant?: number;
  idServiceMoe?: number;
  idServiceMoa?: number;
  /** YYYY-MM-DD */
  dateFacture: string;
  /** YYYY-MM-DD */
  dateDepot: string;
  /** ISO date-time with offset */
  dateHeureEtatCourant: string;
  commentaireEtatCourant?: string;
  devise: string;
  typeTva: string;
  motifExonerationTva?: string;
  numeroMarche?: string;
  numeroBonCommande?: string;
  numeroFactureOrigine?: string;
  modePaiement?: string;
  idCoordBancaire?: number;
  montantHT: number;
  montantTVA: number;
  montantTTC: number;
  montantRemise: number;
  motifRemise?: string;
  montantAPayer: number;
  lignes: LignePoste[];
  lignesTva: LigneTva[];
  pjPrincipale?: PieceJointeLiee;
  pjComplementaires: PieceJointeLiee[];
  numeroFluxDepot?: string;
  rejetTraite: boolean;
  telechargee: boolean;
  /** Made available to the recipient at least once (the recipient sees it from then on). */
  visibleDestinataire: boolean;
  numeroDPMandat?: string;
  idUtilisateurCreateur?: number;
  commentaire?: string;
  taille: number;
  /** dateDepot / dateFacture as YYYYMMDD integers: searches compare numbers, not heap strings. */
  depotNum?: number;
  factureNum?: number;
  histoStatuts: HistoStatut[];
  histoEvenements: HistoEvenement[];
  histoActions: HistoAction[];
}

export interface FluxErreurDP { identifiantDestinataire: string; identifiantFournisseur: string; libelleErreurDP: string; numeroDP: string }
export interface FluxErreurTechnique { codeErreur: string; libelleErreur: string; natureErreur: string }

export interface Flux {
  numeroFluxDepot: string;
  nomFichier: string;
  syntaxeFlux: SyntaxeFlux;
  dateDepot: string;
  dateHeureEtatCourant: string;
  etat: string;
  idStructure: number;
  idUtilisateur?: number;
  size: number;
  /** Kept until processing, then dropped to save memory. */
  base64?: string;
  erreursDP: FluxErreurDP[];
  erreursTechniques: FluxErreurTechnique[];
  invoiceIds: number[];
}

export interface Sequences { invoice: number; attachment: number; histo: number; flux: number; liaison: number }
