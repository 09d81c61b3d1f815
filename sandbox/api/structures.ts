// Structures API (CONTRACT §4.3, SW-STRUCT): the six operations of Structures.json, field names as spelled
// there. consulter accepts idStructure as well as idStructureCPP (CONTRACT §8.1: GO sends idStructure).
import { z } from "zod";
import type { CproCtx, Router } from "../http/router";
import { isoDateTime } from "../model/clock";
import { BusinessError, ERRORS, ok } from "../model/errors";
import { INFERRED } from "../model/inferred";
import type { Service, Structure } from "../model/types";
import { currentUser, opt, page, parametresRetour, zBool, zInt, zPagination, zStr, type Page } from "./common";
import type { Services } from "./index";

const S = "/cpro/structures/v1";
const OK = () => ok("OK_TRANSVERSES");
const EMPTY = () => ({ codeRetour: ERRORS.SEARCH_EMPTY.codeRetour, libelle: ERRORS.SEARCH_EMPTY.libelle });

/** "2017-01-01 08:30" (service dates) → ISO date-time with offset (swagger: date-time). */
const dt = (d: string | undefined) => (d ? isoDateTime(new Date(`${d.replace(" ", "T")}:00Z`)) : undefined);

function paginate<T>(list: T[], p: Page, key: (x: T) => string | number | boolean | undefined) {
  const sorted = p.column ? [...list].sort((a, b) => { const ka = String(key(a) ?? ""), kb = String(key(b) ?? ""); return (ka < kb ? -1 : ka > kb ? 1 : 0) * (p.descending ? -1 : 1); }) : list;
  return { total: list.length, items: sorted.slice((p.page - 1) * p.size, p.page * p.size), parametresRetour: parametresRetour(list.length, p) };
}

function structureOf(ctx: CproCtx, id: number | undefined, identifiant?: string): Structure {
  const s = id !== undefined ? ctx.ns.structures.get(id) : identifiant ? ctx.ns.structuresByIdentifiant.get(identifiant) : ctx.structure;
  if (!s) throw new BusinessError("STRUCTURE_INCONNUE");
  return s;
}

const adresse = (s: Structure) => ({ adresse: s.adresse.adresse, codePostal: s.adresse.codePostal, ville: s.adresse.ville, pays: s.adresse.libellePays, complementAdresse1: "", complementAdresse2: "", telephone: "", indicatifTelephone: "+33", fax: "", indicatifFax: "" });

const rechercherBody = z.object({
  structure: opt(z.object({
    identifiantStructure: opt(zStr), typeIdentifiantStructure: opt(zStr), libelleStructure: opt(zStr), raisonSocialeStructure: opt(zStr),
    nomStructure: opt(zStr), prenomStructure: opt(zStr), adresseCodePays: opt(zStr), adresseCodePostal: opt(zStr), adresseVille: opt(zStr),
    estMOA: opt(zBool), estMOAUniquement: opt(zBool), statutStructure: opt(z.enum(["ACTIF", "INACTIF"])), typeStructure: opt(z.enum(["PRIVEE", "PUBLIQUE"])),
  }).loose()),
  restreindreStructuresPrivees: opt(zBool), parametres: opt(zPagination),
}).loose();

export function register(router: Router, _services: Services): void {
  router.cpro("structures", `${S}/rechercher`, (ctx) => {
    const b = rechercherBody.parse(ctx.body);
    const f: Partial<NonNullable<typeof b.structure>> = b.structure ?? {};
    const has = (v: string, q: string | undefined) => !q || v.toUpperCase().includes(q.toUpperCase());
    const own = ctx.structure.idStructureCPP;
    const list = [...ctx.ns.structures.values()].filter((s) =>
      // SEEN [PASTELL comment]: absent or true → public structures + the caller's own private ones.
      (b.restreindreStructuresPrivees === false || s.typeStructure === "PUBLIQUE" || s.idStructureCPP === own)
      && (!f.identifiantStructure || s.identifiantStructure === f.identifiantStructure) && (!f.typeIdentifiantStructure || s.typeIdentifiantStructure === f.typeIdentifiantStructure)
      && has(s.designationStructure, f.libelleStructure) && has(s.designationStructure, f.raisonSocialeStructure) && has(s.designationStructure, f.nomStructure)
      && (!f.adresseCodePays || s.adresse.codePays === f.adresseCodePays) && (!f.adresseCodePostal || s.adresse.codePostal === f.adresseCodePostal) && has(s.adresse.ville, f.adresseVille)
      && (f.estMOA === undefined || s.parametres.estMoa === f.estMOA) && (f.estMOAUniquement === undefined || s.parametres.estMoaUniquement === f.estMOAUniquement)
      && (!f.statutStructure || s.actif === (f.statutStructure === "ACTIF")) && (!f.typeStructure || s.typeStructure === f.typeStructure));
    const p = page(b.parametres);
    const keys: Record<string, (s: Structure) => string> = { IdentifiantStructure: (s) => s.identifiantStructure, DesignationStructure: (s) => s.designationStructure, TypeIdentifiantStructure: (s) => s.typeIdentifiantStructure, Statut: (s) => String(s.actif) };
    const r = paginate(list, p, keys[p.column ?? ""] ?? ((s) => s.idStructureCPP));
    return { json: { ...(r.total ? OK() : EMPTY()), listeStructures: r.items.map((s) => ({ idStructureCPP: s.idStructureCPP, identifiantStructure: s.identifiantStructure, typeIdentifiantStructure: s.typeIdentifiantStructure, designationStructure: s.designationStructure, statut: s.actif ? "ACTIVE" : "INACTIVE" })), parametresRetour: r.parametresRetour } };
  });

  router.cpro("structures", `${S}/consulter`, (ctx) => {
    const b = z.object({ idStructureCPP: opt(zInt), idStructure: opt(zInt), codeLangue: opt(zStr) }).loose().parse(ctx.body);
    const s = structureOf(ctx, b.idStructureCPP ?? b.idStructure ?? ctx.structure.idStructureCPP);
    // Only the caller's own technical account password expiry is disclosed.
    const expiry = s.idStructureCPP === ctx.structure.idStructureCPP ? isoDateTime(new Date(`${ctx.account.dateExpirationMotPasse}T00:00:00Z`)) : undefined;
    const p = s.parametres;
    return { json: { ...OK(), adressePostaleDuSiege: adresse(s),
      informationGenerales: { idStructureCPP: s.idStructureCPP, identifiantStructure: s.identifiantStructure, typeIdentifiantStructure: s.typeIdentifiantStructure, libelleStructure: s.designationStructure, raisonSocialeStructure: s.designationStructure, nomStructure: "", prenomStructure: "", emailStructure: `contact@${s.idStructureCPP}.sandbox.test`, numeroRcsStructure: "", numeroTVA: s.numeroTVA, structurePriveePublique: s.typeStructure, estValideurDeleguee: false, listeStructureDupliquees: [], dateExpirationMotPasseCompteTech: expiry },
      parametres: { codeServiceDoitEtreRenseigne: p.codeServiceDoitEtreRenseigne, numeroEJDoitEtreRenseigne: p.numeroEJDoitEtreRenseigne, gestionNumeroEJOuCodeService: p.gestionNumeroEJOuCodeService, statutMiseEnPaiementNestPasRemonte: p.statutMiseEnPaiementNestPasRemonte, connexionEDI: s.connexionEDI ?? false, recevoirDonneesViaEDI: s.recevoirDonneesViaEDI ?? false, estMoaUniquement: p.estMoaUniquement, getaMoa: p.estMoa, estValideurDelegue: false, nonDiffusibleInsee: false } } };
  });

  router.cpro("structures", `${S}/rechercher/services`, (ctx) => {
    const b = z.object({ idStructure: opt(zInt), parametresRechercherServicesStructure: opt(zPagination) }).loose().parse(ctx.body);
    const s = structureOf(ctx, b.idStructure);
    const p = page(b.parametresRechercherServicesStructure);
    const keys: Record<string, (x: Service) => string | boolean | undefined> = { CodeService: (x) => x.codeService, LibelleService: (x) => x.libelleService, DateDbtService: (x) => x.dateDbtService, DateFinService: (x) => x.dateFinService, EstActif: (x) => x.estActif };
    const r = paginate(s.services, p, keys[p.column ?? ""] ?? ((x) => x.idService));
    return { json: { ...(r.total ? OK() : EMPTY()), listeServices: r.items.map((x) => ({ idService: x.idService, codeService: x.codeService, libelleService: x.libelleService, statutService: x.estActif ? "ACTIF" : "INACTIF", estActif: x.estActif, dateDbtService: x.dateDbtService })), parametresRetour: r.parametresRetour } };
  });

  router.cpro("structures", `${S}/consulter/service`, (ctx) => {
    const b = z.object({ idStructure: opt(zInt), idService: zInt, codeLangue: opt(zStr) }).loose().parse(ctx.body);
    const s = structureOf(ctx, b.idStructure);
    const x = s.services.find((v) => v.idService === b.idService);
    if (!x) throw new BusinessError("SERVICE_INCONNU", String(b.idService));
    return { json: { ...OK(), adressePostale: adresse(s), informationsGenerales: { codeService: x.codeService, nomService: x.libelleService, descriptionService: x.description ?? x.libelleService },
      parametres: { dateCreation: dt(x.dateCreation ?? x.dateDbtService), dateDebutValidite: dt(x.dateDbtService), dateFinValidite: dt(x.dateFinService), dateModification: dt(x.dateDbtService), miseEnPaiement: !s.parametres.statutMiseEnPaiementNestPasRemonte, numeroEngagement: s.parametres.numeroEJDoitEtreRenseigne } } };
  });

  router.cpro("structures", `${S}/lister/rattachementsutilisateur`, (ctx) => {
    const b = z.object({ idStructure: opt(zInt), identifiantStructure: opt(zStr), typeIdentifiantStructure: opt(zStr), idUtilisateur: opt(zInt), adresseEmailConnexionUtilisateur: opt(zStr), parametresListerRattachementsStructureUtilisateur: opt(zPagination) }).loose().parse(ctx.body);
    const s = structureOf(ctx, b.idStructure, b.identifiantStructure);
    const byMail = b.adresseEmailConnexionUtilisateur ? [...ctx.ns.users.values()].find((u) => u.email === b.adresseEmailConnexionUtilisateur) : undefined;
    const user = byMail ?? currentUser(ctx, b.idUtilisateur);
    const ratt = user.rattachements.find((r) => r.idStructureCPP === s.idStructureCPP);
    if (!ratt) throw new BusinessError("USER_UNKNOWN");
    const p = page(b.parametresListerRattachementsStructureUtilisateur);
    const services = s.services.filter((x) => ratt.idServices.includes(x.idService));
    const r = paginate(services, p, p.column === "NomService" ? (x) => x.libelleService : (x) => x.codeService);
    return { json: { ...OK(), idStructure: s.idStructureCPP, identifiantStructure: s.identifiantStructure, designationStructure: s.designationStructure, premierService: ratt.idServices[0] === s.services[0]?.idService,
      listeServices: r.items.map((x) => ({ idService: x.idService, codeService: x.codeService, nomService: x.libelleService, idRattachement: ratt.idRattachement, statutRattachement: "VALIDEE", dateDebut: dt(x.dateDbtService), commentaire: "" })), parametresRetour: r.parametresRetour } };
  });

  router.cpro("structures", `${S}/rechercher/espaces`, (ctx) => {
    const b = z.object({ idService: opt(zInt), structure: opt(z.object({ idStructure: opt(zInt), identifiantStructure: opt(zStr), typeIdentifiantStructure: opt(zStr) }).loose()), parametresRechercherEspaces: opt(zPagination) }).loose().parse(ctx.body);
    const s = structureOf(ctx, b.structure?.idStructure, b.structure?.identifiantStructure);
    const works = s.parametres.estMoa || [...ctx.ns.structures.values()].some((x) => x.idMoe === s.idStructureCPP);
    // INFERRED (inferred.ts espaces): one row per (service, space) the structure's type opens.
    const spaces = [...(INFERRED.espaces[s.typeStructure] ?? []), ...(works ? INFERRED.espaces.travaux ?? [] : [])];
    const rows = s.services.filter((x) => b.idService === undefined || x.idService === b.idService).flatMap((x) => spaces.map(([code, libelle]) => ({
      idEspaceFo: x.idService * 10 + code, codeEspace: code, libelleEspace: libelle, idService: x.idService, codeService: x.codeService, libelleService: x.libelleService,
      etatCourant: x.estActif ? "ACTIVE" : "SUPPRIME", typeHabilitation: "MODIFICATION",
    })));
    const r = paginate(rows, page(b.parametresRechercherEspaces), (x) => x.codeService);
    return { json: { ...(r.total ? OK() : EMPTY()), listeEspace: r.items, parametresRetour: r.parametresRetour } };
  });
}
