// FacturesTravaux reads: rechercher (SEEN request/response fields, CONTRACT §4.5), consulter,
// consulter/dossierfacturation (INFERRED shapes), recuperer/motifsrefus (SEEN codes and ids).
import { z } from "zod";
import type { Router } from "../http/router";
import { CADRES } from "../model/enums";
import { BusinessError, ERRORS } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { predicate, runSearch, sortKey, type Criteria } from "../model/search";
import { CADRE_RULES, MOTIFS_REFUS_TRAVAUX, isParty } from "../model/travaux-rules";
import type { Invoice } from "../model/types";
import { currentUser, opt, page, parametresRetour, zBool, zInt, zNum, zPagination, zStr } from "./common";
import type { Services } from "./index";
import { TP, okT, pieceFor } from "./travaux";
import { dossierView, travauxDetail, travauxItem } from "./travaux-views";

/** Lists arrive as strings or as one-key objects ({statutCourant: "…"}): accept both. */
const zList = opt(z.array(z.union([zStr, z.record(z.string(), z.unknown())])).transform((l) => l.map((x) => (typeof x === "string" ? x : String(Object.values(x)[0] ?? "")))));
// CONTRACT §6.3: SW-FACT spells VALIDEUR, GO spells VALIDATEUR — accept both.
const ROLES = ["FOURNISSEUR", "MOE", "MOA", "VALIDEUR", "VALIDATEUR", "DESTINATAIRE"] as const;

const rechercherBody = z.object({
  idUtilisateurCourant: opt(zInt), roleUtilisateur: z.enum(ROLES), rechercheFactureTravaux: opt(zPagination),
  idDestinataire: opt(zInt), idServiceExecutant: opt(zInt), idStructureFournisseur: opt(zInt), idServiceFournisseur: opt(zInt),
  idStructureMoe: opt(zInt), idServiceMoe: opt(zInt), idStructureMoa: opt(zInt), idServiceMoa: opt(zInt), idStructureValideur: opt(zInt),
  listeTypeFactureTravaux: zList, listeStatutCourant: zList, cadreFacturation: opt(zStr), flagTelecharge: opt(zBool),
  periodeDateHeureEtatCourantDu: opt(zStr), periodeDateHeureEtatCourantAu: opt(zStr), periodeDateDepotDu: opt(zStr), periodeDateDepotAu: opt(zStr),
  periodeDateFactureTravauxDu: opt(zStr), periodeDateFactureTravauxAu: opt(zStr),
  montantHTMin: opt(zNum), montantHTMax: opt(zNum), montantTTCMin: opt(zNum), montantTTCMax: opt(zNum), montantAPayerMin: opt(zNum), montantAPayerMax: opt(zNum),
  idCoordonneeBancaire: opt(zInt), numeroFactureTravaux: opt(zStr), numeroMarche: opt(zStr), numeroBonCommande: opt(zStr), modeDepot: opt(zStr),
  numeroFluxDepot: opt(zStr), uniquementSansPieceSuivante: opt(zBool), avecSansService: opt(zStr),
}).loose();

type Role = (typeof ROLES)[number];
function roleFilter(role: Role, sid: number): (i: Invoice) => boolean {
  switch (role) {
    case "FOURNISSEUR": return (i) => i.idFournisseur === sid || i.idTitulaire === sid || i.idSousTraitant === sid;
    case "MOE": return (i) => i.idMoe === sid;
    case "MOA": return (i) => i.idMoa === sid;
    case "VALIDEUR": case "VALIDATEUR": return (i) => i.idValideur === sid;
    case "DESTINATAIRE": return (i) => i.idDestinataire === sid && i.visibleDestinataire;
  }
}

export function register(router: Router, _services: Services): void {
  router.cpro("facturesTravaux", `${TP}/rechercher`, (ctx) => {
    const b = rechercherBody.parse(ctx.body);
    currentUser(ctx, b.idUtilisateurCourant);
    const p = page(b.rechercheFactureTravaux);
    const c: Criteria = {
      statuts: b.listeStatutCourant, typeFactureTravaux: b.listeTypeFactureTravaux, cadre: b.cadreFacturation, idServiceExecutant: b.idServiceExecutant,
      idServiceFournisseur: b.idServiceFournisseur, idValideur: b.idStructureValideur, idMoe: b.idStructureMoe, idMoa: b.idStructureMoa,
      depotDu: b.periodeDateDepotDu, depotAu: b.periodeDateDepotAu, factureDu: b.periodeDateFactureTravauxDu, factureAu: b.periodeDateFactureTravauxAu,
      etatDu: b.periodeDateHeureEtatCourantDu, etatAu: b.periodeDateHeureEtatCourantAu, htMin: b.montantHTMin, htMax: b.montantHTMax,
      ttcMin: b.montantTTCMin, ttcMax: b.montantTTCMax, apayerMin: b.montantAPayerMin, apayerMax: b.montantAPayerMax, coordBancaire: b.idCoordonneeBancaire,
      numeroFacture: b.numeroFactureTravaux, numeroMarche: b.numeroMarche, numeroBonCommande: b.numeroBonCommande, modeDepot: b.modeDepot,
      numeroFluxDepot: b.numeroFluxDepot, telechargee: b.flagTelecharge,
      destinataires: b.idDestinataire !== undefined ? [{ id: b.idDestinataire }] : undefined,
      fournisseurs: b.idStructureFournisseur !== undefined ? [{ id: b.idStructureFournisseur }] : undefined,
    };
    const base = predicate(c);
    const mine = roleFilter(b.roleUtilisateur, ctx.structure.idStructureCPP);
    const pred = (i: Invoice) => mine(i) && base(i) && (b.idServiceMoe === undefined || i.idServiceMoe === b.idServiceMoe)
      && (b.idServiceMoa === undefined || i.idServiceMoa === b.idServiceMoa) && (!b.uniquementSansPieceSuivante || i.idPieceSuivante === undefined);
    const r = runSearch([ctx.ns.worksPieces], pred, sortKey(ctx.ns, p.column), p.descending, p.page, p.size, p.max);
    // SEEN [PASTELL; COMM]: no result = codeRetour 20007 / GFT_MSG_01.075 with HTTP 200.
    const head = r.total ? okT() : { codeRetour: ERRORS.GFT_SEARCH_EMPTY.codeRetour, libelle: ERRORS.GFT_SEARCH_EMPTY.libelle };
    return { json: { ...head, listeFacturesTravaux: r.items.map((i) => travauxItem(ctx.ns, i)), parametresRetour: parametresRetour(r.total, p) } };
  });

  router.cpro("facturesTravaux", `${TP}/consulter`, (ctx) => {
    const b = z.object({ idUtilisateurCourant: opt(zInt), idFactureTravaux: zInt }).loose().parse(ctx.body);
    currentUser(ctx, b.idUtilisateurCourant);
    return { json: { ...okT(), factureTravaux: travauxDetail(ctx.ns, pieceFor(ctx, b.idFactureTravaux)) } };
  });

  router.cpro("facturesTravaux", `${TP}/consulter/dossierfacturation`, (ctx) => {
    const b = z.object({ idUtilisateurCourant: opt(zInt), idFactureTravaux: opt(zInt), idDossierFacturation: opt(zInt) }).loose().parse(ctx.body);
    currentUser(ctx, b.idUtilisateurCourant);
    const idDossier = b.idFactureTravaux !== undefined ? pieceFor(ctx, b.idFactureTravaux).idDossier : b.idDossierFacturation;
    const pieces = idDossier === undefined ? undefined : ctx.ns.byDossier.get(idDossier);
    if (!pieces?.length || !pieces.some((p) => isParty(p, ctx.structure.idStructureCPP))) throw new BusinessError("DOSSIER_INCONNU");
    return { json: { ...okT(), ...dossierView(ctx.ns, pieces) } };
  });

  router.cpro("facturesTravaux", `${TP}/${INFERRED.travauxPaths.motifsRefus}`, (ctx) => {
    const b = z.object({ codeCadreFacturationTravaux: opt(zStr) }).loose().parse(ctx.body);
    const cadre = b.codeCadreFacturationTravaux;
    if (cadre !== undefined && (!CADRES.includes(cadre as never) || !CADRE_RULES[cadre as keyof typeof CADRE_RULES])) throw new BusinessError("TRAVAUX_CADRE_INVALIDE", cadre);
    return { json: { ...okT(), listeMotifRefusFactureTravaux: MOTIFS_REFUS_TRAVAUX.map((m) => ({ ...m })) } };
  });
}
