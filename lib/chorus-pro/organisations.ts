import "server-only";
// Référentiel des Organisations (CONTRACT §5.1): REST, no codeRetour envelope, errors as HTTP 400
// with an array of {error, message, detail}.
import { z } from "zod";
import { ChorusProError } from "./errors";
import { chorusFetch } from "./client";
import { CREER_SERVICE_FIELDS, CREER_SERVICE_PATH } from "./inferred";
import { list, opt, wireBool } from "./schemas/common";
import type { CallOptions, ChorusContext } from "./types";

const P = "/cpro/organisations/v1";
const str = opt(z.string());

const OrganisationStructure = z.looseObject({
  uuid: z.string(), libelleOrganisation: str, identifiant: str, typeIdentifiant: str, typeOrganisation: str, status: str,
  raisonSociale: str, adresse: str, codePostal: str, ville: str, pays: str, numeroTvaIntracommunautaire: str,
  gestionNumeroEJOuCodeService: opt(wireBool), numeroEjDoitEtreRenseigne: opt(wireBool), codeServiceDoitEtreRenseigne: opt(wireBool),
});
const OrganisationService = z.looseObject({
  uuid: z.string(), libelle: str, description: str, codeService: str, rattachementOrganisation: str, etatService: str, numeroEj: str, dateSuppression: str,
});
export type OrganisationStructure = z.output<typeof OrganisationStructure>;
export type OrganisationService = z.output<typeof OrganisationService>;

/** Search body: one key per field {op, val}, plus _sort/_desc/_fields (SEEN [ZMOG]). */
export const RechercheOrganisations = z.record(z.string(), z.union([
  z.object({ op: z.enum(["=", ">", "<", ">=", "<=", "IN", "CONTAINS"]), val: z.unknown() }),
  z.array(z.string()),
]));
export type RechercheOrganisations = z.input<typeof RechercheOrganisations>;

const enc = encodeURIComponent;

/** A bad search body is the caller's mistake: a rejected ChorusProError, never a thrown ZodError. */
async function searchBody(operation: string, recherche: RechercheOrganisations): Promise<unknown> {
  const parsed = RechercheOrganisations.safeParse(recherche);
  if (parsed.success) return parsed.data;
  throw new ChorusProError({ kind: "invalid_request", operation, libelle: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
}
const call = <S extends z.ZodType>(ctx: ChorusContext, operation: string, method: "GET" | "POST" | "PATCH", path: string, response: S, body?: unknown, opts?: CallOptions) =>
  chorusFetch(ctx, { operation, method, path: `${P}${path}`, body, mode: method === "PATCH" ? "write" : "read", response, envelope: false }, opts);

export const organisationsHealthcheck = (ctx: ChorusContext, opts?: CallOptions) => call(ctx, "organisations.healthcheck", "GET", "/healthcheck", z.unknown().transform(() => true), undefined, opts);
export const consulterOrganisation = (ctx: ChorusContext, uuidOuSiret: string, opts?: CallOptions) => call(ctx, "organisations.structure", "GET", `/structures/${enc(uuidOuSiret)}`, OrganisationStructure, undefined, opts);
export const rechercherOrganisations = async (ctx: ChorusContext, recherche: RechercheOrganisations, opts?: CallOptions) =>
  call(ctx, "organisations.structuresRecherche", "POST", "/structures/recherche", list(OrganisationStructure), await searchBody("organisations.structuresRecherche", recherche), opts);
export const listerServicesOrganisation = (ctx: ChorusContext, uuid: string, opts?: CallOptions) => call(ctx, "organisations.structureServices", "GET", `/structures/${enc(uuid)}/services`, list(OrganisationService), undefined, opts);
export const consulterServiceOrganisation = (ctx: ChorusContext, uuid: string, opts?: CallOptions) => call(ctx, "organisations.service", "GET", `/services/${enc(uuid)}`, OrganisationService, undefined, opts);
export const rechercherServicesOrganisations = async (ctx: ChorusContext, recherche: RechercheOrganisations, opts?: CallOptions) =>
  call(ctx, "organisations.servicesRecherche", "POST", "/services/recherche", list(OrganisationService), await searchBody("organisations.servicesRecherche", recherche), opts);
export const listerPiecesJointesOrganisation = (ctx: ChorusContext, uuid: string, opts?: CallOptions) => call(ctx, "organisations.piecesJointes", "GET", `/structures/${enc(uuid)}/pieces_jointes`, list(z.looseObject({ uuid: z.string(), fileName: str, contentType: str, sizeBytes: opt(z.number()) })), undefined, opts);
export const modifierParametresEdiOrganisation = (ctx: ChorusContext, uuid: string, parametres: { reception_edi?: boolean; connexion_edi?: boolean }, opts?: CallOptions) =>
  call(ctx, "organisations.parametresEdi", "PATCH", `/structures/${enc(uuid)}/parametres-edi`, z.unknown().transform(() => true), parametres, opts);

// creerService: route and body are INFERRED (inferred.ts); `satisfies` keeps this body to exactly the
// fields chosen there. A write: sent by the outbox, never retried blindly.
const CreerServiceBody = z.strictObject({
  codeService: z.string().trim().min(1), libelle: z.string().trim().min(1), description: z.string().optional(),
  rattachementOrganisation: z.string().optional(), numeroEj: z.string().optional(),
} satisfies Record<(typeof CREER_SERVICE_FIELDS)[number], z.ZodType>);
export type CreerServiceOrganisation = z.input<typeof CreerServiceBody>;

export async function creerServiceOrganisation(ctx: ChorusContext, service: CreerServiceOrganisation, opts?: CallOptions) {
  const parsed = CreerServiceBody.safeParse(service);
  if (!parsed.success) throw new ChorusProError({ kind: "invalid_request", operation: "organisations.creerService", libelle: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
  return chorusFetch(ctx, { operation: "organisations.creerService", method: "POST", path: `${P}${CREER_SERVICE_PATH}`, body: parsed.data, mode: "write", response: OrganisationService, envelope: false }, opts);
}
