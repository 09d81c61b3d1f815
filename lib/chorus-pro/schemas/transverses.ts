// Transverses API (no swagger found; field names from CONTRACT §4.2, SEEN [GO] unless noted).
import { z } from "zod";
import { decodeRejection } from "../deposit-report";
import { FLUX_FINAL_STATES, ibanFromFournisseurBlock } from "../inferred";
import { idIn, list, opt, pagedResponse, paginationIn, wireAmount, wireDate, wireDateTime, wireId, wireStatut } from "./common";
import { CodeLangue, StatutFacture, TypeDemandePaiement } from "./enums";

const str = opt(z.string());
const id = opt(wireId);
const langue = z.object({ codeLangue: CodeLangue.optional() });

export const AjouterFichierParam = z.object({
  idUtilisateurCourant: idIn.optional(), pieceJointeFichier: z.string().min(1), pieceJointeNom: z.string().min(1),
  pieceJointeTypeMime: z.string().min(1), pieceJointeExtension: z.string().min(1),
});
export const AjouterFichierResponse = z.object({ pieceJointeId: wireId });

export const TelechargerPieceJointeParam = z.object({
  objetPieceJointe: z.enum(["DEMANDE_PAIEMENT", "ENGAGEMENT_JURIDIQUE", "SOLLICITATION", "STRUCTURE_PIECEJOINTE", "STRUCTURE_MANDAT", "STRUCTURE_COORDONNEE_BANCAIRE", "UTILISATEUR"]),
  demandePaiement: z.object({ listeFacture: z.array(z.object({ idFacture: idIn })).optional(), format: z.string().optional(), avecPiecesJointesComplementaires: z.enum(["OUI", "NON"]).optional() }).optional(),
  engagementJuridique: z.object({ numeroEngagementJuridique: z.string() }).optional(),
  structure: z.object({ idStructure: idIn.optional(), identifiantStructure: z.string().optional(), typeIdentifiantStructure: z.string().optional() }).optional(),
});
export const TelechargerPieceJointeResponse = z.object({ pieceJointe: z.string() });

export const RechercherDestinataireParam = z.object({
  identifiant: z.string().optional(), nomVilleCodePostal: z.string().optional(), typeStructure: z.enum(["PUBLIQUE", "PRIVEE"]).optional(),
  parametresRecherche: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
export const RechercherDestinataireResponse = pagedResponse("listeDestinataires", z.object({
  idStructureCPP: wireId, siret: str, nomDestinataire: str, adresseCodePostal: str, adresseVille: str,
}));

// INFERRED (see inferred.ts note on serviceexecutant): idStructure + parametresRecherche.
export const RechercherServiceExecutantParam = z.object({
  idStructure: idIn, parametresRecherche: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
export const RechercherServiceExecutantResponse = pagedResponse("listeServices", z.object({
  idServicesCPP: id, codeServiceExecutant: str, nomServiceExecutant: str,
}));

export const Referentiels = {
  tauxtva: { request: langue, key: "listeTauxTva", item: z.object({ codeTauxTva: z.string(), libelleTauxTva: str, valeurTauxTva: opt(wireAmount) }) },
  devises: { request: langue, key: "listeDevises", item: z.object({ codeDevise: z.string(), libelleDevise: str }) },
  pays: { request: langue, key: "listePays", item: z.object({ codePays: z.string(), libellePays: str }) },
  cadrefacturation: { request: z.object({ typeDemandePaiement: TypeDemandePaiement.optional() }), key: "listeCadreFacturation", item: z.object({ codeCadreFacturation: z.string() }) },
  modereglements: { request: z.object({}), key: "listeModePaiement", item: z.object({ modePaiement: z.string() }) },
  motifsExonerationTva: { request: langue, key: "listeMotifsExonerationTva", item: z.object({ codeMotifExonerationTva: z.string(), libelleMotifExonerationTva: str }) },
  typespj: { request: z.object({ codeLangue: CodeLangue.optional(), typeObjet: z.string().optional() }), key: "listeTypePieceJointe", item: z.object({ idTypePieceJointe: id, codeTypePieceJointe: str, libelleTypePieceJointe: str, typeObjet: str }) },
  etatsTraitement: { request: z.object({ statutCourant: StatutFacture }), key: "listeStatutsPossiblesPourTraitement", item: z.object({ statutPossiblePourTraitement: wireStatut }) },
  motifsRefusFactureAValider: { request: z.object({ codeCadreFacturationAValider: z.string().optional() }), key: "listeMotifRefusFactureAValider", item: z.object({ idMotif: id, codeMotif: str, libelleMotif: str }) },
  coordbancValides: { request: z.object({ idStructure: idIn }), key: "listeCoordonneeBancaire", item: z.object({ idCoordonneeBancaire: wireId, nomCoordonneeBancaire: str }) },
  structuresActives: { request: z.object({}), key: "listeStructures", item: z.object({ idStructureCPP: id, identifiant: str, designationStructure: str }) },
} as const;

/** Référentiel answers are plain lists; a missing list is an empty one. */
export const listResponse = <S extends z.ZodType>(key: string, item: S) =>
  z.preprocess((raw) => (raw && typeof raw === "object" ? (raw as Record<string, unknown>)[key] : undefined), list(item));

export const ConsulterCRParam = z.object({ numeroFluxDepot: z.string().min(1), dateDepot: z.string().optional(), syntaxeFlux: z.string().optional() });
export const ConsulterCRResponse = z.object({
  numeroFluxDepot: str, codeAppliPartenaire: str, codeInterfaceFlux: str, dateDepotFlux: opt(wireDateTime),
  dateHeureEtatCourantFlux: opt(wireDateTime), designationPartenaire: str, etatCourantFlux: str, fichierCR: str, nomFichierFlux: str,
});

export const ConsulterCRDetailleParam = z.object({ numeroFluxDepot: z.string().min(1), syntaxeFlux: z.string().optional() });
export const ConsulterCRDetailleResponse = z.object({
  codeInterfaceDepotFlux: str, dateDepotFlux: opt(wireDateTime), dateHeureEtatCourantFlux: opt(wireDateTime), etatCourantDepotFlux: str, nomFichier: str,
  listeErreurDP: list(z.object({ identifiantDestinataire: str, identifiantFournisseur: str, libelleErreurDP: str, numeroDP: str })),
  listeErreurTechnique: list(z.object({ codeErreur: str, libelleErreur: str, natureErreur: str })),
}).transform((r) => ({
  ...r,
  listeErreurDP: r.listeErreurDP.map((e) => ({ ...e, decodage: decodeRejection(e.libelleErreurDP ?? "") })),
  listeErreurTechnique: r.listeErreurTechnique.map((e) => ({ ...e, decodage: decodeRejection(`${e.codeErreur ?? ""} ${e.libelleErreur ?? ""}`.trim()) })),
  termine: (FLUX_FINAL_STATES as readonly string[]).includes(r.etatCourantDepotFlux ?? ""),
}));
export type CompteRenduDetaille = z.output<typeof ConsulterCRDetailleResponse>;

export const HealthCheckResponse = z.object({ body: str, statusCode: str, statusCodeValue: opt(wireId) }).or(z.undefined()).transform((r) => ({
  disponible: r ? (r.statusCode === "OK" || r.statusCodeValue === 200) : true, message: r?.body,
}));

// ---- attachments of a structure (rechercher/pj/structure, SEEN [GO]) ----
export const RechercherPjStructureParam = z.object({
  idStructureCPP: idIn, codeLangue: CodeLangue.optional(), pieceJointeDesignation: z.string().optional(), pieceJointeTypeId: idIn.optional(),
  parametresRecherche: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
const PieceJointeStructure = z.object({
  pieceJointeId: wireId, pieceJointeDesignation: str, pieceJointeExtension: str, pieceJointeObjetId: id, pieceJointeTypeCode: str,
  pieceJointeTypeLibelle: str, pieceJointeStructureId: id, pieceJointeStructureCode: str, pieceJointeStructureRaisonSociale: str, pieceJointeUtilisateurId: id,
});
export type PieceJointeStructure = z.output<typeof PieceJointeStructure>;
export const RechercherPjStructureResponse = pagedResponse("listePiecesJointes", PieceJointeStructure);

// ---- the IBAN of a bank account, read from the invoices that used it (see transverses.ts) ----
// factures/v1/rechercher/fournisseur narrowed to its bank-account criterion (SW-FACT field names).
export const FacturesParCoordonneeBancaireParam = z.object({
  idUtilisateurCourant: idIn.optional(), coordonneeBancaire: idIn,
  rechercheFactureParFournisseur: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
export const FacturesParCoordonneeBancaireResponse = pagedResponse("listeFactures", z.object({ identifiantFactureCPP: wireId, numeroFacture: str, dateDepot: opt(wireDate) }));

// factures/v1/consulter/fournisseur narrowed to the bank fields of its fournisseur block (FournisseurFactureEmise).
export const CoordonneesBancairesFactureResponse = z.object({
  facture: z.object({
    identifiantFactureCPP: wireId, numeroFacture: str, references: opt(z.object({ dateDepot: opt(wireDate) })),
    fournisseur: opt(z.object({
      coordBancairesFournisseurId: id, coordBancairesFournisseurType: str, coordBancairesFournisseurLibelle: str,
      coordBancairesFournisseurCodePays: str, coordBancairesFournisseurCleIban: str, coordBancairesFournisseurCompteBancaire: str,
      coordBancairesFournisseurCodeBanque: str, coordBancairesCodeGuichet: str, coordBancairesFournisseurCleRib: str, coordBancairesBicSwift: str,
    })),
  }),
}).transform(({ facture: f }) => {
  const b = f.fournisseur;
  const iban = b ? ibanFromFournisseurBlock(b) : null;
  return {
    identifiantFactureCPP: f.identifiantFactureCPP, numeroFacture: f.numeroFacture, dateDepot: f.references?.dateDepot,
    coordonnees: b && (iban || b.coordBancairesFournisseurId !== undefined) ? {
      idCoordonneeBancaire: b.coordBancairesFournisseurId, libelle: b.coordBancairesFournisseurLibelle,
      type: b.coordBancairesFournisseurType === "RIB" ? "RIB" as const : b.coordBancairesFournisseurType === "IBAN" ? "IBAN" as const : undefined,
      iban, bic: b.coordBancairesBicSwift?.trim() || undefined,
    } : null,
  };
});
export type CoordonneesBancairesFacture = z.output<typeof CoordonneesBancairesFactureResponse>;
