// Engagements juridiques (CONTRACT §5.2): POST rechercher over the seeded EJ of public structures. Request SEEN
// [OCA]; item fields and the "no result" code INFERRED (model/inferred.ts engagementItemFields, errors.ts).
import { z } from "zod";
import type { Router } from "../http/router";
import { ERRORS, ok } from "../model/errors";
import { opt, page, parametresRetour, zPagination, zStr } from "./common";
import type { Services } from "./index";

const body = z.object({
  // SEEN [OCA]: the receiving structure's idStructureCPP sent as a string; numbers accepted too.
  structureReceptriceEngagementJuridique: opt(z.union([zStr, z.number()]).transform(String)),
  numeroEngagementJuridique: opt(zStr), etatCourantEngagementJuridique: opt(zStr), parametresRecherche: opt(zPagination),
}).loose();

export function register(router: Router, _services: Services): void {
  router.cpro("engagementsJuridiques", "/cpro/engagementsJuridiques/v1/rechercher", (ctx) => {
    const b = body.parse(ctx.body);
    const rows = [...ctx.ns.structures.values()]
      .filter((s) => !b.structureReceptriceEngagementJuridique || String(s.idStructureCPP) === b.structureReceptriceEngagementJuridique || s.identifiantStructure === b.structureReceptriceEngagementJuridique)
      .flatMap((s) => s.engagements.map((numero, i) => ({
        idEngagementJuridique: s.idStructureCPP * 100 + i + 1, numeroEngagementJuridique: numero,
        // Seeded EJ are all "COMMANDE" (the only value SEEN) except the last one of each structure, closed.
        etatCourantEngagementJuridique: i === s.engagements.length - 1 ? "CLOTURE" : "COMMANDE",
        structureReceptriceEngagementJuridique: s.idStructureCPP, identifiantStructureReceptrice: s.identifiantStructure,
        designationStructureReceptrice: s.designationStructure,
      })))
      .filter((e) => (!b.numeroEngagementJuridique || e.numeroEngagementJuridique === b.numeroEngagementJuridique)
        && (!b.etatCourantEngagementJuridique || e.etatCourantEngagementJuridique === b.etatCourantEngagementJuridique));
    const p = page(b.parametresRecherche);
    const head = rows.length ? ok("OK_TRANSVERSES") : { codeRetour: ERRORS.EJ_SEARCH_EMPTY.codeRetour, libelle: ERRORS.EJ_SEARCH_EMPTY.libelle };
    return { json: { ...head, listeEngagementJuridique: rows.slice((p.page - 1) * p.size, p.page * p.size), parametresRetour: parametresRetour(rows.length, p) } };
  });
}
