// FacturesTravaux API: no swagger (CONTRACT §4.5). Known fields are typed; the bodies of the
// operations whose PISTE shape is a gap are loose objects (extra keys pass through).
import { z } from "zod";
import { amountIn, dateIn, idIn, list, opt, pagedResponse, paginationIn, wireAmount, wireBool, wireDate, wireDateTime, wireId, wireStatut } from "./common";
import { CadreFacturation, RoleUtilisateur, StatutFacture, TypeFactureTravaux } from "./enums";

const str = opt(z.string());
const id = opt(wireId);

export const RechercherFactureTravauxParam = z.object({
  // PASTELL spells the validator role VALIDATEUR here while SW-FACT says VALIDEUR: accept both.
  roleUtilisateur: z.union([RoleUtilisateur, z.literal("VALIDATEUR")]),
  idDestinataire: idIn.optional(), idServiceExecutant: idIn.optional(), idStructureFournisseur: idIn.optional(),
  idServiceFournisseur: idIn.optional(), idStructureMoe: idIn.optional(), idServiceMoe: idIn.optional(), idStructureMoa: idIn.optional(),
  idServiceMoa: idIn.optional(), listeTypeFactureTravaux: z.array(TypeFactureTravaux).optional(), periodeDateDepotDu: dateIn.optional(),
  periodeDateDepotAu: dateIn.optional(), cadreFacturation: CadreFacturation.optional(), listeStatutCourant: z.array(StatutFacture).optional(),
  numeroFactureTravaux: z.string().optional(), numeroMarche: z.string().optional(), montantTTCMin: amountIn.optional(), montantTTCMax: amountIn.optional(),
  periodeDateHeureEtatCourantDu: z.string().optional(), periodeDateHeureEtatCourantAu: z.string().optional(), flagTelecharge: z.boolean().optional(),
  rechercheFactureTravaux: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
export const FactureTravauxItem = z.object({
  idFactureTravaux: wireId, numeroFactureTravaux: str, statutFactureTravaux: opt(wireStatut), typeFactureTravaux: str,
  typeDemandePaiement: str, identifiantFournisseur: str, designationFournisseur: str, identifiantDestinataire: str, idDestinataire: id,
  designationDestinataire: str, dateDepot: opt(wireDate), dateFactureTravaux: opt(wireDate), dateHeureEtatCourant: opt(wireDateTime),
  devise: str, montantHT: opt(wireAmount), montantTTC: opt(wireAmount), montantAPayer: opt(wireAmount),
  factureTelechargeeParDestinataire: opt(wireBool), codeServiceExecutant: str, codeServiceMoe: str, codeServiceMoa: str,
});
export type FactureTravaux = z.output<typeof FactureTravauxItem>;
export const RechercherFactureTravauxResponse = pagedResponse("listeFacturesTravaux", FactureTravauxItem);

export const IdFactureTravaux = z.looseObject({ idUtilisateurCourant: idIn.optional(), idFactureTravaux: idIn });
export const AvecCommentaire = z.looseObject({ idUtilisateurCourant: idIn.optional(), idFactureTravaux: idIn, commentaire: z.string().optional() });
export const RefuserParam = z.looseObject({ idUtilisateurCourant: idIn.optional(), idFactureTravaux: idIn, motifRefus: z.string().optional(), idMotif: idIn.optional(), commentaire: z.string().optional() });
export const LooseBody = z.looseObject({ idUtilisateurCourant: idIn.optional() });

export const ConsulterFactureTravauxResponse = z.looseObject({ idFactureTravaux: id, numeroFactureTravaux: str, statutFactureTravaux: opt(wireStatut) });
export const LooseResponse = z.looseObject({ codeRetour: opt(wireId), libelle: str });
export const DemanderRecyclageResponse = z.object({ idFactureTravaux: id, idPiecePrecedente: id });
export const MotifsRefusParam = z.object({ codeCadreFacturationTravaux: z.string().optional() });
export const MotifsRefusResponse = z.object({ listeMotifRefusFactureTravaux: list(z.object({ idMotif: id, codeMotif: str, libelleMotif: str })) }).transform((r) => r.listeMotifRefusFactureTravaux);
