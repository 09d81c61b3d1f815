import "server-only";
// THE one interface of the portal over structures and services. It prefers the Référentiel des
// Organisations (/cpro/organisations/v1) and falls back to the Structures API (/cpro/structures/v1,
// decommissioned in 2027) only for what the newer API lacks: idStructureCPP and idService (the ids
// invoices carry), the validation circuit and the technical account's password expiry, and the
// rattachements of a Chorus Pro user. Dropping the old API later touches this file only.
import { z } from "zod";
import { chorusFetch } from "./client";
import { ChorusProError, isChorusProError } from "./errors";
import * as O from "./organisations";
import * as St from "./structures";
import { recupererCoordonneesBancairesValides } from "./transverses";
import { walkRattachementsMonCompte } from "./utilisateurs";
import { collectPages, walkPages } from "./pagination";
import type { ChorusContext } from "./types";

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
  dateExpirationMotPasseCompteTech: string | null;
  /** "organisations" when the Référentiel answered; "structures" when only the old API did. */
  source: "organisations" | "structures";
}

export interface ServiceReferentiel {
  uuid: string | null;
  idService: number | null;
  codeService: string;
  libelle: string;
  description: string | null;
  actif: boolean;
  numeroEj: string | null;
}

export interface StructureTrouvee { uuid: string | null; identifiant: string; designation: string; actif: boolean | null; typeStructure: string | null }

/** The operations this file uses: injectable so that the fallback logic is unit-tested with a fake. */
export interface ReferentielApi {
  consulterOrganisation: typeof O.consulterOrganisation;
  rechercherOrganisations: typeof O.rechercherOrganisations;
  listerServicesOrganisation: typeof O.listerServicesOrganisation;
  consulterServiceOrganisation: typeof O.consulterServiceOrganisation;
  listerPiecesJointesOrganisation: typeof O.listerPiecesJointesOrganisation;
  consulterStructure: typeof St.consulterStructure;
  rechercherServicesStructure: typeof St.rechercherServicesStructure;
}

const CreerServiceResponse = z.looseObject({ uuid: z.string(), codeService: z.string().nullish(), libelle: z.string().nullish() });
export type CreerServicePayload = { codeService: string; libelle: string; description?: string; rattachementOrganisation?: string; numeroEj?: string };
export type ParametresEdiPayload = { uuid: string; reception_edi?: boolean; connexion_edi?: boolean };

// Not in organisations.ts (ZMOG: the operation exists, its body is INFERRED in the sandbox).
export async function creerServiceReferentiel(ctx: ChorusContext, payload: CreerServicePayload) {
  try {
    return await chorusFetch(ctx, { operation: "organisations.creerService", method: "POST", path: "/cpro/organisations/v1/services", body: payload, mode: "write", response: CreerServiceResponse, envelope: false });
  } catch (err) {
    // The Référentiel's 400 body ([{error: "CodeServiceAlreadyExists"}]) does not reach the error's
    // libelle: a 400 for a code that the structure now has is told apart by looking.
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

const defaultApi: ReferentielApi = {
  consulterOrganisation: O.consulterOrganisation, rechercherOrganisations: O.rechercherOrganisations,
  listerServicesOrganisation: O.listerServicesOrganisation, consulterServiceOrganisation: O.consulterServiceOrganisation,
  listerPiecesJointesOrganisation: O.listerPiecesJointesOrganisation, consulterStructure: St.consulterStructure,
  rechercherServicesStructure: St.rechercherServicesStructure,
};

// The Référentiel answers 400 NotFoundReference (not 404) for an empty list: both mean "none".
const isAbsent = (e: unknown) => isChorusProError(e) && (e.kind === "not_found" || (e.kind === "bad_request" && /NotFound/i.test(e.libelle ?? "")));
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try { return await p; } catch (e) { if (isAbsent(e)) return null; throw e; }
}
const b = (v: boolean | null | undefined) => v ?? false;
const n = (v: string | null | undefined) => v ?? null;

export function makeReferentiel(api: ReferentielApi = defaultApi) {
  /** Identity from the Référentiel; ids, circuit and expiry from the Structures API (absent there). */
  async function ficheStructure(ctx: ChorusContext, s: { idStructureCPP: number; identifiant: string }): Promise<FicheStructure> {
    const [orga, old] = await Promise.all([orNull(api.consulterOrganisation(ctx, s.identifiant)), api.consulterStructure(ctx, { idStructureCPP: s.idStructureCPP })]);
    const p = old.parametres;
    const i = old.informations;
    const type = orga?.typeOrganisation ? (orga.typeOrganisation === "public" ? "PUBLIQUE" : "PRIVEE") : (i?.structurePriveePublique === "PUBLIQUE" || i?.structurePriveePublique === "PRIVEE" ? i.structurePriveePublique : null);
    return {
      idStructureCPP: s.idStructureCPP, uuid: orga?.uuid ?? null, identifiant: orga?.identifiant ?? i?.identifiantStructure ?? s.identifiant,
      designation: orga?.libelleOrganisation ?? orga?.raisonSociale ?? i?.libelleStructure ?? i?.raisonSocialeStructure ?? s.identifiant,
      typeStructure: type, actif: orga?.status ? orga.status === "active" : null, numeroTva: n(orga?.numeroTvaIntracommunautaire ?? i?.numeroTVA),
      email: n(i?.emailStructure),
      adresse: orga
        ? { adresse: n(orga.adresse), codePostal: n(orga.codePostal), ville: n(orga.ville), pays: n(orga.pays) }
        : { adresse: n(old.adresse?.adresse), codePostal: n(old.adresse?.codePostal), ville: n(old.adresse?.ville), pays: n(old.adresse?.pays) },
      parametres: {
        codeServiceDoitEtreRenseigne: b(orga?.codeServiceDoitEtreRenseigne ?? p?.codeServiceDoitEtreRenseigne),
        numeroEJDoitEtreRenseigne: b(orga?.numeroEjDoitEtreRenseigne ?? p?.numeroEJDoitEtreRenseigne),
        gestionNumeroEJOuCodeService: b(orga?.gestionNumeroEJOuCodeService ?? p?.gestionNumeroEJOuCodeService),
        estValideurDelegue: b(p?.estValideurDelegue ?? i?.estValideurDeleguee), statutMiseEnPaiementNestPasRemonte: b(p?.statutMiseEnPaiementNestPasRemonte),
        connexionEDI: b(p?.connexionEDI), recevoirDonneesViaEDI: b(p?.recevoirDonneesViaEDI),
      },
      dateExpirationMotPasseCompteTech: n(i?.dateExpirationMotPasseCompteTech), source: orga ? "organisations" : "structures",
    };
  }

  /** Services from the Référentiel, completed with idService from the old API (invoices carry it). */
  async function listerServices(ctx: ChorusContext, s: { idStructureCPP: number; uuid: string | null }): Promise<ServiceReferentiel[]> {
    const oldItems = await collectPages(walkPages((page, size) => api.rechercherServicesStructure(ctx, { idStructure: s.idStructureCPP, parametresRechercherServicesStructure: { pageResultatDemandee: page, nbResultatsParPage: size } })), 2000);
    const idByCode = new Map(oldItems.map((x) => [x.codeService?.toUpperCase() ?? "", x.idService]));
    const orga = s.uuid ? await orNull(api.listerServicesOrganisation(ctx, s.uuid)) : null;
    if (orga) {
      return orga.map((x) => ({
        uuid: x.uuid, idService: idByCode.get(x.codeService?.toUpperCase() ?? "") ?? null, codeService: x.codeService ?? "", libelle: x.libelle ?? "",
        description: n(x.description), actif: x.etatService !== "INACTIF", numeroEj: n(x.numeroEj),
      }));
    }
    return oldItems.map((x) => ({ uuid: null, idService: x.idService, codeService: x.codeService ?? "", libelle: x.libelleService ?? "", description: null, actif: x.estActif ?? x.statutService !== "INACTIF", numeroEj: null }));
  }

  async function consulterService(ctx: ChorusContext, s: { idStructureCPP: number; uuid: string | null }, uuidService: string): Promise<ServiceReferentiel | null> {
    const all = await listerServices(ctx, s);
    const hit = all.find((x) => x.uuid === uuidService || String(x.idService) === uuidService);
    if (!hit || !hit.uuid) return hit ?? null;
    const detail = await orNull(api.consulterServiceOrganisation(ctx, hit.uuid));
    return detail ? { ...hit, description: n(detail.description) ?? hit.description, numeroEj: n(detail.numeroEj) ?? hit.numeroEj } : hit;
  }

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

  return { ficheStructure, listerServices, consulterService, rechercherStructures, piecesJointes };
}

export const referentiel = makeReferentiel();

/** Bank details of a structure (transverses: the Référentiel does not expose them). */
export const coordonneesBancaires = (ctx: ChorusContext, idStructureCPP: number) => recupererCoordonneesBancairesValides(ctx, { idStructure: idStructureCPP });

/** Old API only: what the technical account is attached to in Chorus Pro (import of rattachements). */
export const rattachementsChorus = (ctx: ChorusContext) => walkRattachementsMonCompte(ctx);
export const rattachementsUtilisateurStructure = St.listerRattachementsStructureUtilisateur;
