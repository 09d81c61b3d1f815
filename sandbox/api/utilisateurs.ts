// Utilisateurs API: monCompte/recuperer/rattachements (CONTRACT §4.4, SEEN [GO]).
import { z } from "zod";
import type { Router } from "../http/router";
import { ok } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { currentUser, opt, page, parametresRetour, zInt, zPagination } from "./common";

export function register(router: Router): void {
  router.cpro("utilisateurs", "/cpro/utilisateurs/v1/monCompte/recuperer/rattachements", (ctx) => {
    const b = z.object({ idUtilisateurCourant: opt(zInt), parametresRecherche: opt(zPagination) }).loose().parse(ctx.body);
    // INFERRED: the current user is idUtilisateurCourant, else the first user of the account's structure.
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const p = page(b.parametresRecherche);
    const all = user.rattachements.map((r) => {
      const s = ctx.ns.structures.get(r.idStructureCPP);
      return {
        idStructure: r.idStructureCPP, identifiantStructure: s?.identifiantStructure, typeIdentifiantStructure: s?.typeIdentifiantStructure,
        designationStructure: s?.designationStructure, idRattachementStructure: r.idRattachement,
        roleUtilisateur: r.roles.includes("admin") ? INFERRED.roleUtilisateur.admin : INFERRED.roleUtilisateur.default,
        statutRattachementStructure: "VALIDEE", statutUtilisateur: "ACTIF",
        listeServicesRattache: (s?.services ?? []).filter((x) => r.idServices.includes(x.idService)).map((x) => ({
          idService: x.idService, codeService: x.codeService, libelleService: x.libelleService, idRattachementService: r.idRattachement * 10 + 1,
          statutRattachementService: "VALIDEE", statutService: x.estActif ? "ACTIF" : "INACTIF", estActif: x.estActif,
          dateDbtService: x.dateDbtService, dateFinService: x.dateFinService,
        })),
      };
    });
    const sorted = p.column === "IdentifiantStructure" ? [...all].sort((a, c) => (a.identifiantStructure ?? "").localeCompare(c.identifiantStructure ?? "") * (p.descending ? -1 : 1)) : all;
    return { json: { ...ok("OK_TRANSVERSES"), listeStructureRattachement: sorted.slice((p.page - 1) * p.size, p.page * p.size), parametresRetour: parametresRetour(all.length, p) } };
  });
}
