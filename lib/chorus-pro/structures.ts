import "server-only";
import type { z } from "zod";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import * as S from "./schemas/structures";
import type { CallOptions, ChorusContext } from "./types";

const P = "/cpro/structures/v1";

export const rechercherStructures = defineOperation({ name: "structures.rechercher", path: `${P}/rechercher`, mode: "read", search: true, withUser: false, request: S.RechercherStructureParam, response: S.RechercherStructureResponse });
export const consulterStructure = defineOperation({ name: "structures.consulter", path: `${P}/consulter`, mode: "read", withUser: false, request: S.ConsulterStructureParam, response: S.ConsulterStructureResponse });
export const rechercherServicesStructure = defineOperation({ name: "structures.rechercherServices", path: `${P}/rechercher/services`, mode: "read", search: true, withUser: false, request: S.RechercherServicesParam, response: S.RechercherServicesResponse });
export const consulterServiceStructure = defineOperation({ name: "structures.consulterService", path: `${P}/consulter/service`, mode: "read", withUser: false, request: S.ConsulterServiceParam, response: S.ConsulterServiceResponse });
export const listerRattachementsStructureUtilisateur = defineOperation({ name: "structures.listerRattachementsUtilisateur", path: `${P}/lister/rattachementsutilisateur`, mode: "read", withUser: false, request: S.ListerRattachementsParam, response: S.ListerRattachementsResponse });

export function walkStructures(ctx: ChorusContext, filters: Omit<z.input<typeof S.RechercherStructureParam>, "parametres">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherStructures(ctx, { ...filters, parametres: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
export function walkServicesStructure(ctx: ChorusContext, idStructure: number, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherServicesStructure(ctx, { idStructure, parametresRechercherServicesStructure: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}

export type { StructureDetail } from "./schemas/structures";
