import "server-only";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import * as S from "./schemas/structures";
import type { CallOptions, ChorusContext } from "./types";

export const recupererRattachementsMonCompte = defineOperation({
  name: "utilisateurs.monCompteRattachements", path: "/cpro/utilisateurs/v1/monCompte/recuperer/rattachements",
  mode: "read", search: true, withUser: false, request: S.RecupererRattachementsParam, response: S.RecupererRattachementsResponse,
});

/** Every structure the technical account is attached to (also a cheap connectivity test). */
export function walkRattachementsMonCompte(ctx: ChorusContext, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => recupererRattachementsMonCompte(ctx, { parametresRecherche: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
