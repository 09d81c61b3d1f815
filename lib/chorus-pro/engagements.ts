import "server-only";
import { z } from "zod";
import { defineOperation } from "./operation";
import { list, opt, wireAmount } from "./schemas/common";

// SEEN [OCA]: the structure id is sent as a string; only COMMANDE is a known state value.
const RechercherEngagementsParam = z.object({
  structureReceptriceEngagementJuridique: z.union([z.string(), z.number().transform(String)]),
  numeroEngagementJuridique: z.string().optional(),
  etatCourantEngagementJuridique: z.string().optional(),
});
const EngagementItem = z.looseObject({ numeroEngagementJuridique: opt(z.string()), etatCourantEngagementJuridique: opt(z.string()), montantEngagementJuridique: opt(wireAmount) });
const RechercherEngagementsResponse = z.object({ listeEngagementJuridique: list(EngagementItem) }).transform((r) => r.listeEngagementJuridique);
export type EngagementJuridique = z.output<typeof EngagementItem>;

export const rechercherEngagementsJuridiques = defineOperation({
  name: "engagementsJuridiques.rechercher", path: "/cpro/engagementsJuridiques/v1/rechercher", mode: "read", search: true, empty: () => [], withUser: false,
  request: RechercherEngagementsParam, response: RechercherEngagementsResponse,
});
