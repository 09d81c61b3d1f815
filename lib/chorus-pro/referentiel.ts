import "server-only";
// THE one interface of the portal over structures and services (issue #8). It prefers the Référentiel
// des Organisations (/cpro/organisations/v1) and falls back to the Structures API (/cpro/structures/v1,
// decommissioned in 2027) only for what the newer API lacks:
// - idStructureCPP and idService, the ids the Factures API and invoices carry (the Référentiel names
//   structures by uuid or SIRET and services by uuid): searches that must answer an idStructureCPP,
//   a structure known by its idStructureCPP only, the idService of services;
// - the validation circuit, the technical account's password expiry, the EDI switches under their
//   Structures names (connexionEDI, recevoirDonneesViaEDI: nothing says the Référentiel's
//   emetteurFluxEdi / recevoirCyclesViesEdi are the same switches), a structure's status when the
//   Référentiel does not know it;
// - the rattachements of a Chorus Pro user;
// - any structure the Référentiel does not know (or an identifier it cannot look up).
// No other file of the portal imports ./structures (referentiel-boundary.test.ts scans the sources):
// dropping the old API later touches this file only.
import type { z } from "zod";
import { ChorusProError, isChorusProError } from "./errors";
import { ETATS_SERVICE } from "./inferred";
import * as O from "./organisations";
import { collectPages, walkPages } from "./pagination";
import type { TypeIdentifiant } from "./schemas/enums";
import * as St from "./structures";
import type { ChorusContext, Page } from "./types";

/** What a supplier must fill for this recipient (the OCA reading of the three flags). */
export interface Exigences { codeService: boolean; numeroEngagement: boolean; codeServiceOuEngagement: boolean }

export interface FicheStructure {
  idStructureCPP: number;
  uuid: string | null;
  identifiant: string;
  designation: string;
  typeStructure: "PUBLIQUE" | "PRIVEE" | null;
  actif: boolean | null;
  numeroTva: string | null;
  email: string | null;
  adresse: { adresse: string | null; codePostal: string | null; ville: string | null; pays: string | null };
  parametres: {
    codeServiceDoitEtreRenseigne: boolean; numeroEJDoitEtreRenseigne: boolean; gestionNumeroEJOuCodeService: boolean;
    estValideurDelegue: boolean; statutMiseEnPaiementNestPasRemonte: boolean; connexionEDI: boolean; recevoirDonneesViaEDI: boolean;
  };
  exigences: Exigences;
  dateExpirationMotPasseCompteTech: string | null;
  /** "organisations" when the Référentiel answered; "structures" when only the old API did. */
  source: "organisations" | "structures";
}

export type EtatService = (typeof ETATS_SERVICE)[number];
export interface ServiceReferentiel {
  uuid: string | null;
  idService: number | null;
  codeService: string;
  libelle: string;
  description: string | null;
  /** SUPPRIME: kept for the structure's own list, never offered on an invoice. */
  etat: EtatService;
  /** etat === "ACTIF": the only services an invoice may name */
  actif: boolean;
  numeroEj: string | null;
}

export interface StructureTrouvee { uuid: string | null; identifiant: string; designation: string; actif: boolean | null; typeStructure: string | null }

/** A structure with the id the Factures API needs (idStructureCPP). */
export interface StructureCpp { idStructureCPP: number; identifiant: string; typeIdentifiant: string | null; designation: string; actif: boolean | null }
export interface CritereStructureCpp {
  identifiant?: string; typeIdentifiant?: z.infer<typeof TypeIdentifiant>; raisonSociale?: string; typeStructure?: "PUBLIQUE" | "PRIVEE";
  /** absent or true: public structures and only the caller's private ones (CONTRACT §4.3) */
  restreindreStructuresPrivees?: boolean;
}

/** The operations this file uses: injectable so that the fallback logic is unit-tested with a fake. */
export interface ReferentielApi {
  consulterOrganisation: typeof O.consulterOrganisation;
  rechercherOrganisations: typeof O.rechercherOrganisations;
  listerServicesOrganisation: typeof O.listerServicesOrganisation;
  consulterServiceOrganisation: typeof O.consulterServiceOrganisation;
  listerPiecesJointesOrganisation: typeof O.listerPiecesJointesOrganisation;
  consulterStructure: typeof St.consulterStructure;
  rechercherStructures: typeof St.rechercherStructures;
  rechercherServicesStructure: typeof St.rechercherServicesStructure;
}

const defaultApi: ReferentielApi = {
  consulterOrganisation: O.consulterOrganisation, rechercherOrganisations: O.rechercherOrganisations,
  listerServicesOrganisation: O.listerServicesOrganisation, consulterServiceOrganisation: O.consulterServiceOrganisation,
  listerPiecesJointesOrganisation: O.listerPiecesJointesOrganisation, consulterStructure: St.consulterStructure,
  rechercherStructures: St.rechercherStructures, rechercherServicesStructure: St.rechercherServicesStructure,
};

// The Référentiel answers 400 NotFoundReference (not 404) for an empty list, and 400
// ParamsInvalidUuidStructures for an identifier that is neither uuid, SIRET nor VAT number (CONTRACT
// §5.1): both mean "the Référentiel cannot tell", which is when the old API is asked.
const isAbsent = (e: unknown) => isChorusProError(e) && (e.kind === "not_found" || (e.kind === "bad_request" && /NotFound|ParamsInvalidUuid/i.test(e.libelle ?? "")));
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try { return await p; } catch (e) { if (isAbsent(e)) return null; throw e; }
}
const b = (v: boolean | null | undefined) => v ?? false;
const n = (v: string | null | undefined) => v ?? null;
// Structures API statuses: ACTIVE|INACTIVE (rechercher), ACTIF|INACTIF (filters).
const actifStructure = (statut: string | undefined) => (statut ? /^ACTI/i.test(statut) : null);

function etatOrganisation(x: O.OrganisationService): EtatService {
  if (x.dateSuppression) return "SUPPRIME";
  const e = x.etatService?.toUpperCase();
  return ETATS_SERVICE.find((k) => k === e) ?? "INACTIF";
}
function etatStructures(x: { statutService?: string; estActif?: boolean }): EtatService {
  if (x.statutService?.toUpperCase() === "SUPPRIME") return "SUPPRIME";
  // The Structures swagger gives estActif as the boolean; statutService's values are not published.
  return (x.estActif ?? (x.statutService ? x.statutService.toUpperCase() === "ACTIF" : true)) ? "ACTIF" : "INACTIF";
}
const withEtat = <T extends object>(s: T, etat: EtatService) => ({ ...s, etat, actif: etat === "ACTIF" });

export function makeReferentiel(api: ReferentielApi = defaultApi) {
  const structuresPage = (ctx: ChorusContext, c: CritereStructureCpp, page: number, size: number) => api.rechercherStructures(ctx, {
    structure: { identifiantStructure: c.identifiant, typeIdentifiantStructure: c.typeIdentifiant, raisonSocialeStructure: c.raisonSociale, typeStructure: c.typeStructure },
    restreindreStructuresPrivees: c.restreindreStructuresPrivees, parametres: { pageResultatDemandee: page, nbResultatsParPage: size },
  });

  /** Structures API only: the Référentiel's search does not answer idStructureCPP. */
  async function rechercherStructuresCpp(ctx: ChorusContext, c: CritereStructureCpp, page = 1, size = 20): Promise<Page<StructureCpp>> {
    const r = await structuresPage(ctx, c, page, size);
    return {
      pagination: r.pagination,
      items: r.items.map((s) => ({ idStructureCPP: s.idStructureCPP, identifiant: s.identifiantStructure ?? "", typeIdentifiant: n(s.typeIdentifiantStructure), designation: s.designationStructure ?? "", actif: actifStructure(s.statut) })),
    };
  }
  /** The structure that carries exactly this identifier (a SIRET for instance), or null. */
  async function structureCppParIdentifiant(ctx: ChorusContext, identifiant: string, c: Omit<CritereStructureCpp, "identifiant" | "raisonSociale"> = {}): Promise<StructureCpp | null> {
    const r = await rechercherStructuresCpp(ctx, { ...c, identifiant }, 1, 10);
    return r.items.find((s) => s.identifiant === identifiant) ?? null;
  }

  /**
   * Identity, address, routing flags and status from the Référentiel; ids, circuit, EDI switches and
   * expiry from the Structures API (absent there). Without `identifiant` (a recipient known by its
   * idStructureCPP), the old API is read first to learn it.
   */
  async function ficheStructure(ctx: ChorusContext, s: { idStructureCPP: number; identifiant?: string }): Promise<FicheStructure> {
    const [orgaKnown, old] = await Promise.all([s.identifiant ? orNull(api.consulterOrganisation(ctx, s.identifiant)) : null, api.consulterStructure(ctx, { idStructureCPP: s.idStructureCPP })]);
    const i = old.informations;
    const p = old.parametres;
    const identifiant = s.identifiant ?? i?.identifiantStructure ?? "";
    const orga = orgaKnown ?? (!s.identifiant && identifiant ? await orNull(api.consulterOrganisation(ctx, identifiant)) : null);
    const type = orga?.typeOrganisation ? (orga.typeOrganisation === "public" ? "PUBLIQUE" : "PRIVEE") : (i?.structurePriveePublique === "PUBLIQUE" || i?.structurePriveePublique === "PRIVEE" ? i.structurePriveePublique : null);
    const actif = orga?.status ? orga.status === "active" : identifiant ? ((await structureCppParIdentifiant(ctx, identifiant))?.actif ?? null) : null;
    const parametres = {
      codeServiceDoitEtreRenseigne: b(orga?.codeServiceDoitEtreRenseigne ?? p?.codeServiceDoitEtreRenseigne),
      numeroEJDoitEtreRenseigne: b(orga?.numeroEjDoitEtreRenseigne ?? p?.numeroEJDoitEtreRenseigne),
      gestionNumeroEJOuCodeService: b(orga?.gestionNumeroEJOuCodeService ?? p?.gestionNumeroEJOuCodeService),
      estValideurDelegue: b(p?.estValideurDelegue ?? i?.estValideurDeleguee), statutMiseEnPaiementNestPasRemonte: b(p?.statutMiseEnPaiementNestPasRemonte),
      connexionEDI: b(p?.connexionEDI), recevoirDonneesViaEDI: b(p?.recevoirDonneesViaEDI),
    };
    return {
      idStructureCPP: s.idStructureCPP, uuid: orga?.uuid ?? null, identifiant: orga?.identifiant ?? i?.identifiantStructure ?? identifiant,
      designation: orga?.libelleOrganisation ?? orga?.raisonSociale ?? i?.libelleStructure ?? i?.raisonSocialeStructure ?? identifiant,
      typeStructure: type, actif, numeroTva: n(orga?.numeroTvaIntracommunautaire ?? i?.numeroTVA), email: n(i?.emailStructure),
      adresse: orga
        ? { adresse: n(orga.adresse), codePostal: n(orga.codePostal), ville: n(orga.ville), pays: n(orga.pays) }
        : { adresse: n(old.adresse?.adresse), codePostal: n(old.adresse?.codePostal), ville: n(old.adresse?.ville), pays: n(old.adresse?.pays) },
      parametres,
      exigences: { codeService: parametres.codeServiceDoitEtreRenseigne, numeroEngagement: parametres.numeroEJDoitEtreRenseigne, codeServiceOuEngagement: parametres.gestionNumeroEJOuCodeService },
      dateExpirationMotPasseCompteTech: n(i?.dateExpirationMotPasseCompteTech), source: orga ? "organisations" : "structures",
    };
  }

  /** A recipient's requirements: the Référentiel by its identifier, the Structures API when it cannot tell. */
  async function exigences(ctx: ChorusContext, s: { idStructureCPP: number; identifiant?: string }): Promise<Exigences> {
    const orga = s.identifiant ? await orNull(api.consulterOrganisation(ctx, s.identifiant)) : null;
    const flags = [orga?.codeServiceDoitEtreRenseigne, orga?.numeroEjDoitEtreRenseigne, orga?.gestionNumeroEJOuCodeService];
    if (orga && flags.some((f) => f !== undefined)) return { codeService: b(flags[0]), numeroEngagement: b(flags[1]), codeServiceOuEngagement: b(flags[2]) };
    return (await api.consulterStructure(ctx, { idStructureCPP: s.idStructureCPP })).exigences;
  }

  /**
   * Services from the Référentiel (every état, SUPPRIME included: callers that offer a choice drop
   * them), completed with idService from the old API unless `idService: false`. The old API alone when
   * the Référentiel has no list for the structure.
   */
  async function listerServices(ctx: ChorusContext, s: { idStructureCPP: number; uuid: string | null }, o: { idService?: boolean } = {}): Promise<ServiceReferentiel[]> {
    const old = () => collectPages(walkPages((page, size) => api.rechercherServicesStructure(ctx, { idStructure: s.idStructureCPP, parametresRechercherServicesStructure: { pageResultatDemandee: page, nbResultatsParPage: size } })), 2000);
    const [orga, oldFirst] = await Promise.all([s.uuid ? orNull(api.listerServicesOrganisation(ctx, s.uuid)) : null, o.idService === false ? null : old()]);
    if (!orga?.length) return (oldFirst ?? (await old())).map((x) => withEtat({ uuid: null, idService: x.idService, codeService: x.codeService ?? "", libelle: x.libelleService ?? "", description: null, numeroEj: null }, etatStructures(x)));
    const idByCode = new Map((oldFirst ?? []).map((x) => [x.codeService?.toUpperCase() ?? "", x.idService]));
    return orga.map((x) => withEtat({
      uuid: x.uuid, idService: idByCode.get(x.codeService?.toUpperCase() ?? "") ?? null, codeService: x.codeService ?? "", libelle: x.libelle ?? "",
      description: n(x.description), numeroEj: n(x.numeroEj),
    }, etatOrganisation(x)));
  }

  async function consulterService(ctx: ChorusContext, s: { idStructureCPP: number; uuid: string | null }, uuidService: string): Promise<ServiceReferentiel | null> {
    const all = await listerServices(ctx, s);
    const hit = all.find((x) => x.uuid === uuidService || String(x.idService) === uuidService);
    if (!hit || !hit.uuid) return hit ?? null;
    const detail = await orNull(api.consulterServiceOrganisation(ctx, hit.uuid));
    return detail ? { ...hit, description: n(detail.description) ?? hit.description, numeroEj: n(detail.numeroEj) ?? hit.numeroEj } : hit;
  }

  /** Search across the Référentiel by SIRET (exact), SIREN (prefix) or name. */
  async function rechercherStructures(ctx: ChorusContext, q: { siren?: string; siret?: string; nom?: string }, max = 50): Promise<StructureTrouvee[]> {
    const body: O.RechercheOrganisations = {};
    if (q.siret) body.identifiant = { op: "=", val: q.siret };
    else if (q.siren) body.identifiant = { op: "CONTAINS", val: q.siren };
    if (q.nom) body.libelleOrganisation = { op: "CONTAINS", val: q.nom };
    const rows = (await orNull(api.rechercherOrganisations(ctx, body))) ?? [];
    return rows
      .filter((r) => !q.siren || (r.identifiant ?? "").startsWith(q.siren))
      .slice(0, max)
      .map((r) => ({ uuid: r.uuid, identifiant: r.identifiant ?? "", designation: r.libelleOrganisation ?? r.raisonSociale ?? "", actif: r.status ? r.status === "active" : null, typeStructure: r.typeOrganisation === "public" ? "PUBLIQUE" : r.typeOrganisation ? "PRIVEE" : null }));
  }

  const piecesJointes = async (ctx: ChorusContext, uuid: string | null) => (uuid ? ((await orNull(api.listerPiecesJointesOrganisation(ctx, uuid))) ?? []) : []);

  return { ficheStructure, exigences, listerServices, consulterService, rechercherStructures, rechercherStructuresCpp, structureCppParIdentifiant, piecesJointes };
}

export const referentiel = makeReferentiel();

// ---- writes (Référentiel only; sent by the outbox) ----

export type CreerServicePayload = O.CreerServiceOrganisation;
export type ParametresEdiPayload = { uuid: string; reception_edi?: boolean; connexion_edi?: boolean };

/**
 * creerService (route and body INFERRED, inferred.ts). The contract names no error for a code already
 * used, so a 400 is not recognised by its wording: when the structure now lists the code, the refusal
 * is told as a duplicate (libelle "CodeServiceAlreadyExists", the portal's own marker, read by the
 * structures actions); any other 400 goes up as the Référentiel worded it.
 */
export async function creerServiceReferentiel(ctx: ChorusContext, payload: CreerServicePayload) {
  try {
    return await O.creerServiceOrganisation(ctx, payload);
  } catch (err) {
    if (!isChorusProError(err) || err.kind !== "bad_request" || !payload.rattachementOrganisation) throw err;
    const services = await orNull(O.listerServicesOrganisation(ctx, payload.rattachementOrganisation));
    if (!services?.some((x) => x.codeService?.toUpperCase() === payload.codeService.toUpperCase())) throw err;
    throw new ChorusProError({
      kind: "business", operation: "organisations.creerService", httpStatus: 400, libelle: "CodeServiceAlreadyExists",
      userMessage: `Le code service « ${payload.codeService} » est déjà utilisé dans cette structure. Choisissez un autre code.`,
    });
  }
}
export const modifierParametresEdi = (ctx: ChorusContext, p: ParametresEdiPayload) =>
  O.modifierParametresEdiOrganisation(ctx, p.uuid, { ...(p.reception_edi === undefined ? {} : { reception_edi: p.reception_edi }), ...(p.connexion_edi === undefined ? {} : { connexion_edi: p.connexion_edi }) });

/**
 * Structures API only (the Référentiel has no users): where a Chorus Pro user is attached on a
 * structure and to which of its services — the import of rattachements.
 */
export const rattachementsUtilisateurStructure = St.listerRattachementsStructureUtilisateur;
