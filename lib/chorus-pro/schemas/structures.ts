// Structures API (SW-STRUCT) and Utilisateurs API (CONTRACT §4.4, SEEN [GO]).
import { z } from "zod";
import { idIn, list, opt, pagedResponse, paginationIn, wireBool, wireDate, wireDateTime, wireId } from "./common";
import { CodeLangue, TypeIdentifiant } from "./enums";

const str = opt(z.string());
const id = opt(wireId);
const bool = opt(wireBool);

export const RechercherStructureParam = z.object({
  structure: z.object({
    identifiantStructure: z.string().optional(), typeIdentifiantStructure: TypeIdentifiant.optional(), libelleStructure: z.string().optional(),
    raisonSocialeStructure: z.string().optional(), nomStructure: z.string().optional(), prenomStructure: z.string().optional(),
    adresseCodePays: z.string().optional(), adresseCodePostal: z.string().optional(), adresseVille: z.string().optional(),
    estMOA: z.boolean().optional(), estMOAUniquement: z.boolean().optional(), statutStructure: z.enum(["ACTIF", "INACTIF"]).optional(),
    typeStructure: z.enum(["PRIVEE", "PUBLIQUE"]).optional(),
  }).optional(),
  restreindreStructuresPrivees: z.boolean().optional(),
  parametres: z.object({ ...paginationIn, triColonne: z.enum(["IdentifiantStructure", "DesignationStructure", "TypeIdentifiantStructure", "Statut"]).optional() }).optional(),
});
export const RechercherStructureResponse = pagedResponse("listeStructures", z.object({
  idStructureCPP: wireId, identifiantStructure: str, typeIdentifiantStructure: str, designationStructure: str, statut: str,
}));

// SW-STRUCT and OCA/PYFE send idStructureCPP (GO's idStructure is the outlier, CONTRACT §8.1).
export const ConsulterStructureParam = z.object({ idStructureCPP: idIn, codeLangue: CodeLangue.optional() });
export const ConsulterStructureResponse = z.object({
  adressePostaleDuSiege: opt(z.object({ adresse: str, codePostal: str, complementAdresse1: str, complementAdresse2: str, pays: str, ville: str, telephone: str })),
  informationGenerales: opt(z.object({
    idStructureCPP: id, identifiantStructure: str, typeIdentifiantStructure: str, libelleStructure: str, raisonSocialeStructure: str,
    nomStructure: str, prenomStructure: str, emailStructure: str, numeroRcsStructure: str, numeroTVA: str, structurePriveePublique: str,
    estValideurDeleguee: bool, dateExpirationMotPasseCompteTech: opt(wireDate),
  })),
  parametres: opt(z.object({
    codeServiceDoitEtreRenseigne: bool, numeroEJDoitEtreRenseigne: bool, gestionNumeroEJOuCodeService: bool,
    statutMiseEnPaiementNestPasRemonte: bool, connexionEDI: bool, recevoirDonneesViaEDI: bool, estMoaUniquement: bool,
    getaMoa: bool, estValideurDelegue: bool, nonDiffusibleInsee: bool,
  })),
}).transform((r) => ({
  adresse: r.adressePostaleDuSiege, informations: r.informationGenerales, parametres: r.parametres,
  // What a supplier must fill for this recipient (the OCA reading of the three flags).
  exigences: {
    codeService: r.parametres?.codeServiceDoitEtreRenseigne ?? false,
    numeroEngagement: r.parametres?.numeroEJDoitEtreRenseigne ?? false,
    codeServiceOuEngagement: r.parametres?.gestionNumeroEJOuCodeService ?? false,
  },
}));
export type StructureDetail = z.output<typeof ConsulterStructureResponse>;

export const RechercherServicesParam = z.object({
  idStructure: idIn,
  parametresRechercherServicesStructure: z.object({ ...paginationIn, triColonne: z.enum(["CodeService", "LibelleService", "DateDbtService", "DateFinService", "EstActif"]).optional() }).optional(),
});
export const RechercherServicesResponse = pagedResponse("listeServices", z.object({
  idService: wireId, codeService: str, libelleService: str, statutService: str, estActif: bool, dateDbtService: opt(wireDateTime),
}));

export const ConsulterServiceParam = z.object({ idStructure: idIn, idService: idIn, codeLangue: CodeLangue.optional() });
export const ConsulterServiceResponse = z.object({
  adressePostale: opt(z.object({ adresse: str, codePostal: str, ville: str, pays: str })),
  informationsGenerales: opt(z.object({ codeService: str, nomService: str, descriptionService: str })),
  parametres: opt(z.object({ dateCreation: opt(wireDateTime), dateDebutValidite: opt(wireDateTime), dateFinValidite: opt(wireDateTime), miseEnPaiement: bool, numeroEngagement: bool })),
});

export const ListerRattachementsParam = z.object({
  adresseEmailConnexionUtilisateur: z.string().optional(), idStructure: idIn.optional(), idUtilisateur: idIn.optional(),
  identifiantStructure: z.string().optional(), typeIdentifiantStructure: TypeIdentifiant.optional(),
  parametresListerRattachementsStructureUtilisateur: z.object({ ...paginationIn, triColonne: z.enum(["CodeService", "NomService", "StatutRattachement"]).optional() }).optional(),
});
export const ListerRattachementsResponse = z.object({
  idStructure: id, identifiantStructure: str, designationStructure: str, premierService: bool,
}).and(pagedResponse("listeServices", z.object({
  idService: id, codeService: str, nomService: str, idRattachement: id, statutRattachement: str,
  dateDebut: opt(wireDateTime), dateFin: opt(wireDateTime), commentaire: str,
})));

export const RecupererRattachementsParam = z.object({
  parametresRecherche: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
export const RecupererRattachementsResponse = pagedResponse("listeStructureRattachement", z.object({
  idStructure: wireId, identifiantStructure: str, typeIdentifiantStructure: str, designationStructure: str,
  idRattachementStructure: id, roleUtilisateur: str, statutRattachementStructure: str, statutUtilisateur: str,
  listeServicesRattache: list(z.object({
    idService: id, codeService: str, libelleService: str, idRattachementService: id, statutRattachementService: str,
    statutService: str, estActif: bool, dateDbtService: opt(wireDateTime), dateFinService: opt(wireDateTime),
  })),
}));
