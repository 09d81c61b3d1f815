import "server-only";
// The gateway's public surface: wrappers and domain types only (no wire schemas, no client).
export * from "./factures";
export * from "./transverses";
export * from "./utilisateurs";
export * from "./factures-travaux";
export * from "./organisations";
export * from "./engagements";
export * from "./annuaire";
export * from "./file-operations";
// Structures and services: the one interface over the Référentiel des Organisations and the old
// Structures API (whose wrappers stay private to referentiel.ts, so that dropping it touches one file).
export {
  referentiel, creerServiceReferentiel, modifierParametresEdi, rattachementsUtilisateurStructure,
  type FicheStructure, type Exigences, type ServiceReferentiel, type EtatService, type StructureTrouvee, type StructureCpp,
  type CritereStructureCpp, type CreerServicePayload, type ParametresEdiPayload,
} from "./referentiel";
export { ChorusProError, isChorusProError, ERROR_KINDS, type ChorusProErrorKind } from "./errors";
export { decodeRejection, type DecodedRejection } from "./deposit-report";
export { walkPages, collectPages, type WalkOptions } from "./pagination";
export { getGatewayMetrics, type GatewayMetrics } from "./metrics";
export { configureGateway } from "./config";
export type { ChorusContext, CallOptions, DecimalString, IsoDate, Page, Pagination } from "./types";
export { STATUTS_FACTURE, CADRES_FACTURATION, type StatutFacture } from "./schemas/enums";
