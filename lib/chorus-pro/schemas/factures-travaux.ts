// FacturesTravaux API (CONTRACT §4.5, LIFECYCLE §5). No swagger exists: the search request and list item
// are SEEN [PASTELL; COMM]; the other bodies are INFERRED from the legacy operations and kept strict here
// (z.object: an unknown key is a portal bug, not something to send). Responses are read leniently.
import { z } from "zod";
import { amountIn, dateIn, idIn, list, opt, pagedResponse, paginationIn, wireAmount, wireBool, wireDate, wireDateTime, wireId, wireStatut } from "./common";
import { CadreFacturation, RoleUtilisateur, StatutFacture, TypeFactureTravaux } from "./enums";

const str = opt(z.string());
const id = opt(wireId);
const amount = opt(wireAmount);

/** The cadres of works pieces (CONTRACT §6.2): A4–A8, A10, A11, A13–A20, A22–A25. */
export const CADRES_TRAVAUX = [
  "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A5_ETAT_ACOMPTE_FOURNISSEUR", "A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR",
  "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR", "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT",
  "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT", "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT", "A14_PROJET_DECOMPTE_FINAL_COTRAITANT",
  "A15_ETAT_ACOMPTE_MOE", "A16_ETAT_ACOMPTE_VALIDE_MOE", "A17_PROJET_DECOMPTE_GENERAL_MOE", "A18_DECOMPTE_GENERAL_MOE",
  "A19_ETAT_ACOMPTE_VALIDE_MOA", "A20_DECOMPTE_GENERAL_MOA", "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
  "A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR", "A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE",
  "A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE",
] as const;
export const CadreTravaux = z.enum(CADRES_TRAVAUX);
export type CadreTravaux = z.infer<typeof CadreTravaux>;

const CADRES_FACTURATION_SET = new Set<string>(CadreFacturation.options);
/** Lenient reader of a cadre: an unknown value is kept out of the domain rather than failing the page. */
const wireCadre = opt(z.string().transform((v) => (CADRES_FACTURATION_SET.has(v.trim()) ? (v.trim() as z.infer<typeof CadreFacturation>) : undefined)));

const user = { idUtilisateurCourant: idIn.optional() };
const text255 = z.string().trim().min(1).max(255);

// ---- rechercher (SEEN) ----

export const RechercherFactureTravauxParam = z.object({
  ...user,
  // PASTELL spells the validator role VALIDATEUR here while SW-FACT says VALIDEUR: accept both.
  roleUtilisateur: z.union([RoleUtilisateur, z.literal("VALIDATEUR")]),
  idDestinataire: idIn.optional(), idServiceExecutant: idIn.optional(), idStructureFournisseur: idIn.optional(),
  idServiceFournisseur: idIn.optional(), idStructureMoe: idIn.optional(), idServiceMoe: idIn.optional(), idStructureMoa: idIn.optional(),
  idServiceMoa: idIn.optional(), idStructureValideur: idIn.optional(), listeTypeFactureTravaux: z.array(TypeFactureTravaux).optional(),
  periodeDateDepotDu: dateIn.optional(), periodeDateDepotAu: dateIn.optional(), periodeDateFactureTravauxDu: dateIn.optional(),
  periodeDateFactureTravauxAu: dateIn.optional(), cadreFacturation: CadreTravaux.optional(), listeStatutCourant: z.array(StatutFacture).optional(),
  numeroFactureTravaux: z.string().optional(), numeroMarche: z.string().optional(), numeroBonCommande: z.string().optional(),
  montantHTMin: amountIn.optional(), montantHTMax: amountIn.optional(), montantTTCMin: amountIn.optional(), montantTTCMax: amountIn.optional(),
  montantAPayerMin: amountIn.optional(), montantAPayerMax: amountIn.optional(),
  periodeDateHeureEtatCourantDu: z.string().optional(), periodeDateHeureEtatCourantAu: z.string().optional(), flagTelecharge: z.boolean().optional(),
  uniquementSansPieceSuivante: z.boolean().optional(),
  rechercheFactureTravaux: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});

export const FactureTravauxItem = z.object({
  idFactureTravaux: wireId, numeroFactureTravaux: str, statutFactureTravaux: opt(wireStatut), typeFactureTravaux: str,
  cadreFacturation: wireCadre, typeDemandePaiement: str, identifiantFournisseur: str, designationFournisseur: str, idFournisseur: id,
  identifiantDestinataire: str, idDestinataire: id, designationDestinataire: str, dateDepot: opt(wireDate), dateFactureTravaux: opt(wireDate),
  dateHeureEtatCourant: opt(wireDateTime), devise: str, montantHT: amount, montantTTC: amount, montantAPayer: amount,
  factureTelechargeeParDestinataire: opt(wireBool), codeServiceExecutant: str, codeServiceMoe: str, codeServiceMoa: str,
  idStructureMoe: id, designationMoe: str, idStructureMoa: id, designationMoa: str, idStructureValideur: id,
  numeroMarche: str, numeroBonCommande: str, idDossierFacturation: id, idPiecePrecedente: id, idPieceSuivante: id,
});
export type FactureTravaux = z.output<typeof FactureTravauxItem>;
export const RechercherFactureTravauxResponse = pagedResponse("listeFacturesTravaux", FactureTravauxItem);

// ---- consulter, consulter/dossierfacturation (shapes INFERRED) ----

const Partie = z.object({
  idStructure: id, identifiantStructure: str, typeIdentifiantStructure: str, designationStructure: str, idService: id, codeService: str,
});
export type PartieTravaux = z.output<typeof Partie>;
const partie = opt(Partie);
/** Who must act now: the party role, or the depositor of the piece (INFERRED field). */
export const ActeurAttendu = z.enum(["FOURNISSEUR", "MOE", "MOA", "VALIDEUR", "DESTINATAIRE", "DEPOSANT"]);
const wireActeur = opt(z.string().transform((v) => (ActeurAttendu.options as readonly string[]).includes(v) ? (v as z.infer<typeof ActeurAttendu>) : undefined));

export const IdFactureTravaux = z.object({ ...user, idFactureTravaux: idIn });

const FactureTravauxDetail = FactureTravauxItem.extend({
  commentaire: str, commentaireEtatCourant: str, montantTVA: amount,
  fournisseur: partie, moe: partie, moa: partie, destinataire: partie, valideur: partie,
  acteurAttendu: wireActeur, idStructureAttendue: id, anomalie: str,
  listePiecesJointesComplementaires: list(z.object({ idPieceJointe: id, designation: str, typePieceJointe: str })),
  historiqueStatuts: list(z.object({ statut: opt(wireStatut), dateHeure: opt(wireDateTime), commentaire: str, idUtilisateur: id })),
  historiqueEvenements: list(z.object({ libelle: str, dateHeure: opt(wireDateTime), auteur: str })),
});
export type FactureTravauxDetail = z.output<typeof FactureTravauxDetail>;
export const ConsulterFactureTravauxResponse = z.object({ factureTravaux: FactureTravauxDetail }).transform((r) => r.factureTravaux);

export const ConsulterDossierParam = z.union([
  z.object({ ...user, idFactureTravaux: idIn }),
  z.object({ ...user, idDossierFacturation: idIn }),
]);
const PieceDossier = z.object({
  idFactureTravaux: wireId, numeroFactureTravaux: str, cadreFacturation: wireCadre, typeFactureTravaux: str,
  statutFactureTravaux: opt(wireStatut), idPiecePrecedente: id, idPieceSuivante: id, deposant: partie, dateDepot: opt(wireDate),
  montantHT: amount, montantTTC: amount, montantAPayer: amount,
});
export type PieceDossier = z.output<typeof PieceDossier>;
export const DossierFacturationResponse = z.object({
  idDossierFacturation: wireId, cycle: opt(z.enum(["MENSUEL", "FINAL"]).catch("MENSUEL")), numeroMarche: str,
  statutDossier: opt(wireStatut), idDernierePiece: id, enAnomalie: opt(wireBool).transform((v) => v ?? false),
  anomalies: list(z.object({ idFactureTravaux: id, numeroFactureTravaux: str, statutFactureTravaux: opt(wireStatut), libelleAnomalie: str })),
  fournisseur: partie, sousTraitant: partie, moe: partie, moa: partie, destinataire: partie, valideur: partie,
  listePieces: list(PieceDossier),
  historique: list(z.object({ idFactureTravaux: id, dateHeure: opt(wireDateTime), statut: opt(wireStatut), libelle: str, idUtilisateur: id })),
});
export type DossierFacturation = z.output<typeof DossierFacturationResponse>;

// ---- soumettre (INFERRED path and body, sandbox/README) ----

const montant = amountIn;
export const SoumettreFactureTravauxParam = z.object({
  ...user,
  numeroFactureSaisi: z.string().trim().min(1).max(20),
  dateFacture: dateIn,
  modeDepot: z.literal("SAISIE_API").optional(),
  cadreDeFacturation: z.object({ codeCadreFacturation: CadreTravaux, codeStructureValideur: z.string().min(1).optional() }),
  idPiecePrecedente: idIn.optional(),
  destinataire: z.object({ codeDestinataire: z.string().min(1), codeServiceExecutant: z.string().min(1).optional() }).optional(),
  moe: z.object({ identifiantMoe: z.string().min(1), codeServiceMoe: z.string().min(1).optional() }).optional(),
  moa: z.object({ identifiantMoa: z.string().min(1), codeServiceMoa: z.string().min(1).optional() }).optional(),
  references: z.object({ numeroMarche: z.string().max(50).optional(), numeroBonCommande: z.string().max(50).optional(), deviseFacture: z.string().length(3).optional() }).optional(),
  montantTotal: z.object({ montantHtTotal: montant, montantTVA: montant, montantTtcTotal: montant, montantAPayer: montant.optional() }),
  commentaire: z.string().max(255).optional(),
}).refine((v) => v.idPiecePrecedente !== undefined || v.destinataire !== undefined, { path: ["destinataire"], message: "an opening piece names its recipient" });
export const SoumettreFactureTravauxResponse = z.object({
  idFactureTravaux: wireId, numeroFactureTravaux: str, statutFactureTravaux: opt(wireStatut), dateDepot: opt(wireDate),
  idDossierFacturation: id, idPiecePrecedente: id,
});

// ---- actions on a piece (INFERRED bodies unless noted) ----

/** Every action answers the piece and its new status (sandbox/README); the envelope alone is accepted too. */
export const ActionFactureTravauxResponse = z.object({ codeRetour: opt(wireId), libelle: str, idFactureTravaux: id, numeroFactureTravaux: str, statutFactureTravaux: opt(wireStatut) });
export type ActionFactureTravauxResult = z.output<typeof ActionFactureTravauxResponse>;

/** A refusal names a motif of recuperer/motifsrefus, by code or id, and says why (LIFECYCLE §5.2). */
export const RefuserParam = z.object({
  ...user, idFactureTravaux: idIn, codeMotif: z.string().min(1).optional(), idMotif: idIn.optional(), commentaire: text255,
}).refine((v) => v.codeMotif !== undefined || v.idMotif !== undefined, { path: ["codeMotif"], message: "motif required" });

/** SEEN [COMM-TRAV]: {idFactureTravaux, commentaire}, comment mandatory. */
export const SuspendreParam = z.object({ ...user, idFactureTravaux: idIn, commentaire: text255 });
/** Kept for the name the first gateway exported. */
export const AvecCommentaire = SuspendreParam;

export const CompleterParam = z.object({
  ...user, idFactureTravaux: idIn, commentaire: z.string().max(255).optional(),
  pieceJointeComplementaire: z.array(z.object({
    pieceJointeComplementaireId: idIn, pieceJointeComplementaireDesignation: z.string().max(100).optional(), pieceJointeComplementaireType: z.string().optional(),
  })).max(10).optional(),
});
export const CompleterServiceMoeParam = z.object({ ...user, idFactureTravaux: idIn, codeServiceMoe: z.string().min(1).optional(), idServiceMoe: idIn.optional() })
  .refine((v) => v.codeServiceMoe !== undefined || v.idServiceMoe !== undefined, { path: ["codeServiceMoe"], message: "service required" });
export const CorrigerValideurParam = z.object({ ...user, idFactureTravaux: idIn, idStructureValideur: idIn.optional(), identifiantStructureValideur: z.string().min(1).optional() })
  .refine((v) => v.idStructureValideur !== undefined || v.identifiantStructureValideur !== undefined, { path: ["identifiantStructureValideur"], message: "validator required" });
export const DemanderRecyclageParam = z.object({ ...user, idFactureTravaux: idIn, commentaire: z.string().max(255).optional() });
/** SEEN [COMM-TRAV recycle-works-invoice] + MOE/MOA keys (INFERRED). */
export const RecyclerParam = z.object({
  ...user, idFactureTravaux: idIn, identifiantDestinataire: z.string().min(1).optional(), codeServiceExecutant: z.string().min(1).optional(),
  numeroBonCommande: z.string().min(1).optional(), identifiantMoe: z.string().min(1).optional(), codeServiceMoe: z.string().min(1).optional(),
  identifiantMoa: z.string().min(1).optional(), codeServiceMoa: z.string().min(1).optional(), commentaire: z.string().max(255).optional(),
});

export const DemanderRecyclageResponse = z.object({ idFactureTravaux: id, idPiecePrecedente: id });
export const MotifsRefusParam = z.object({ codeCadreFacturationTravaux: CadreTravaux.optional() });
const MotifRefus = z.object({ idMotif: id, codeMotif: str, libelleMotif: str });
export type MotifRefusTravaux = z.output<typeof MotifRefus>;
export const MotifsRefusResponse = z.object({ listeMotifRefusFactureTravaux: list(MotifRefus) }).transform((r) => r.listeMotifRefusFactureTravaux);
