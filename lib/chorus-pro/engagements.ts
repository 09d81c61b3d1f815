import "server-only";
import { z } from "zod";
import { defineOperation } from "./operation";
import { walkPages, type WalkOptions } from "./pagination";
import { opt, pagedResponse, paginationIn, wireAmount, wireId } from "./schemas/common";
import type { CallOptions, ChorusContext } from "./types";

// Engagements juridiques (CONTRACT §5.2). SEEN [OCA]: the receiving structure's id is sent as a
// string; only COMMANDE is a known state value. INFERRED: `parametresRecherche`, the pagination block
// of the other Chorus Pro searches — without it only the first page (10 by default) would ever be
// read — and the item fields beyond numero/etat (the sandbox's reading, CONTRACT gap).
const RechercherEngagementsParam = z.object({
  structureReceptriceEngagementJuridique: z.union([z.string().trim().min(1), z.number().int().positive().transform(String)]),
  numeroEngagementJuridique: z.string().optional(),
  etatCourantEngagementJuridique: z.string().optional(),
  parametresRecherche: z.object({ ...paginationIn, triColonne: z.string().optional() }).optional(),
});
export type RechercherEngagementsInput = z.input<typeof RechercherEngagementsParam>;

const str = opt(z.string());
const EngagementItem = z.object({
  idEngagementJuridique: opt(wireId), numeroEngagementJuridique: str, etatCourantEngagementJuridique: str,
  structureReceptriceEngagementJuridique: opt(wireId), identifiantStructureReceptrice: str, designationStructureReceptrice: str,
  montantEngagementJuridique: opt(wireAmount),
});
export type EngagementJuridique = z.output<typeof EngagementItem>;

/** One page of EJ; "no result" (codeRetour 20000) is an empty page, not an error. */
export const rechercherEngagementsJuridiques = defineOperation({
  name: "engagementsJuridiques.rechercher", path: "/cpro/engagementsJuridiques/v1/rechercher", mode: "read", search: true, withUser: false,
  request: RechercherEngagementsParam, response: pagedResponse("listeEngagementJuridique", EngagementItem),
});

/** Every EJ of a structure matching the filters, across all pages. */
export function walkEngagementsJuridiques(ctx: ChorusContext, filters: Omit<RechercherEngagementsInput, "parametresRecherche">, walk?: WalkOptions, opts?: CallOptions) {
  return walkPages((page, size) => rechercherEngagementsJuridiques(ctx, { ...filters, parametresRecherche: { pageResultatDemandee: page, nbResultatsParPage: size } }, opts), walk);
}
