// Factures searches (CONTRACT §4.1). Each one scans only the caller's own index (supplier / recipient /
// validator) — access rules and speed in one move. Empty result = HTTP 200 + codeRetour 20000 (CONTRACT §4.0).
import { z } from "zod";
import type { CproCtx, Router } from "../http/router";
import { ERRORS, ok } from "../model/errors";
import { predicate, runSearch, sortKey, type Criteria } from "../model/search";
import { A_TRAITER_FOURNISSEUR, A_TRAITER_RECIPIENDAIRE, A_TRAITER_VALIDEUR } from "../model/traiter-matrix";
import type { Invoice } from "../model/types";
import { opt, page, parametresRetour, zBool, zInt, zNum, zPagination, zStr, type Page } from "./common";
import { aTraiterFournisseurItem, demandePaiementItem, fournisseurItem, recipiendaireItem, valideurItem } from "./factures-views";

const P = "/cpro/factures/v1";
const ids = z.array(zInt);
const common = {
  idUtilisateurCourant: opt(zInt), numeroFacture: opt(zStr), statutCourant: opt(z.array(zStr)),
  periodeDateDepotDu: opt(zStr), periodeDateDepotAu: opt(zStr), periodeDateFactureDu: opt(zStr), periodeDateFactureAu: opt(zStr),
  periodeDateHeureEtatCourantDu: opt(zStr), periodeDateHeureEtatCourantAu: opt(zStr),
  montantHTMin: opt(zNum), montantHTMax: opt(zNum), montantTTCMin: opt(zNum), montantTTCMax: opt(zNum),
  montantApayerMin: opt(zNum), montantApayerMax: opt(zNum), montantAPayerMin: opt(zNum), montantAPayerMax: opt(zNum),
  numeroMarche: opt(zStr), numeroBonCommande: opt(zStr), cadreFacturation: opt(zStr), idStructureValideur: opt(zInt),
};
type Common = z.infer<z.ZodObject<typeof common>>;

function criteria(b: Common): Criteria {
  return {
    numeroFacture: b.numeroFacture, statuts: b.statutCourant, depotDu: b.periodeDateDepotDu, depotAu: b.periodeDateDepotAu,
    factureDu: b.periodeDateFactureDu, factureAu: b.periodeDateFactureAu, etatDu: b.periodeDateHeureEtatCourantDu,
    etatAu: b.periodeDateHeureEtatCourantAu, htMin: b.montantHTMin, htMax: b.montantHTMax, ttcMin: b.montantTTCMin, ttcMax: b.montantTTCMax,
    apayerMin: b.montantApayerMin ?? b.montantAPayerMin, apayerMax: b.montantApayerMax ?? b.montantAPayerMax,
    numeroMarche: b.numeroMarche, numeroBonCommande: b.numeroBonCommande, cadre: b.cadreFacturation, idValideur: b.idStructureValideur,
  };
}

const fournisseurBody = z.object({
  ...common, listeDestinataire: opt(z.array(z.object({ idDestinataire: opt(zInt), listeIdServiceExecutant: opt(ids) }).loose())),
  typeFacture: opt(zStr), idFournisseur: opt(zInt), idServiceFournisseur: opt(zInt), coordonneeBancaire: opt(zInt),
  idUtilisateurCreateur: opt(ids), numeroFactureOrigine: opt(zStr), modeDepot: opt(zStr), numeroFluxDepot: opt(zStr),
  rejetTraite: opt(zBool), rechercheFactureParFournisseur: opt(zPagination),
}).loose();
const recipiendaireBody = z.object({
  ...common, typeDemandePaiement: opt(zStr), idDestinataire: opt(zInt), idServiceExecutant: opt(zInt), listeTypeFacture: opt(z.array(zStr)),
  listeTypeFactureTravaux: opt(z.array(zStr)), listeFournisseurs: opt(z.array(z.object({ idFournisseur: opt(zInt), listeIdService: opt(ids) }).loose())),
  factureTelechargeeParDestinataire: opt(zBool), paramRecherche: opt(zPagination),
}).loose();
const valideurBody = z.object({
  ...common, typeDemandePaiement: opt(zStr), idDestinataire: opt(zInt), idServiceExecutant: opt(zInt), listeTypeFacture: opt(z.array(zStr)),
  listeTypeFactureTravaux: opt(z.array(zStr)), idFournisseur: opt(zInt), idServiceFournisseur: opt(zInt), idStructureMoe: opt(zInt),
  idStructureMoa: opt(zInt), numeroEngagement: opt(zStr), pagination: opt(zPagination),
}).loose();
const aTraiterBody = z.object({
  idUtilisateurCourant: opt(zInt), idStructure: opt(zInt), masquerRejetee: opt(zBool), pagination: opt(zPagination),
  rechercheFactureATraiterParFournisseur: opt(zPagination), parametreRechercheFactureATraiterParRecipiendaire: opt(zPagination),
}).loose();
const demandeBody = z.object({ ...common, roleUtilisateur: opt(zStr), typeDemandePaiement: opt(zStr), typeFacture: opt(zStr), numeroFactureOrigine: opt(zStr) }).loose();

/** A structure id in the body other than the caller's own = nothing visible (forged ids never leak). */
const foreign = (ctx: CproCtx, id: number | undefined) => id !== undefined && id !== ctx.structure.idStructureCPP;

type Side = "supplier" | "recipient" | "validator";

/** Scans the caller's own status buckets (only the requested statuses when some are given). */
function run(ctx: CproCtx, side: Side | Invoice[], c: Criteria, p: Page, extra?: (i: Invoice) => boolean, onlyStatuts?: readonly string[]) {
  const statuts = onlyStatuts ? (c.statuts?.length ? c.statuts.filter((s) => onlyStatuts.includes(s)) : onlyStatuts) : c.statuts;
  const index = side === "supplier" ? ctx.ns.supplierStatus : side === "recipient" ? ctx.ns.recipientStatus : side === "validator" ? ctx.ns.validatorStatus : undefined;
  const sources = index ? index.buckets(ctx.structure.idStructureCPP, statuts) : [side as Invoice[]];
  const pred = predicate(index ? { ...c, statuts: undefined } : c);
  const full = extra ? (i: Invoice) => extra(i) && pred(i) : pred;
  if (index && onlyStatuts && statuts?.length === 0) return { total: 0, items: [] };
  return runSearch(sources, full, sortKey(ctx.ns, p.column), p.descending, p.page, p.size, p.max);
}

function envelope(total: number) {
  return total ? ok() : { codeRetour: ERRORS.SEARCH_EMPTY.codeRetour, libelle: ERRORS.SEARCH_EMPTY.libelle };
}

export function register(router: Router): void {
  router.cpro("factures", `${P}/rechercher/fournisseur`, (ctx) => {
    const b = fournisseurBody.parse(ctx.body);
    const p = page(b.rechercheFactureParFournisseur);
    const c: Criteria = { ...criteria(b), destinataires: b.listeDestinataire?.map((d) => ({ id: d.idDestinataire, services: d.listeIdServiceExecutant })),
      typeFacture: b.typeFacture ? [b.typeFacture] : undefined, idServiceFournisseur: b.idServiceFournisseur, coordBancaire: b.coordonneeBancaire,
      createurs: b.idUtilisateurCreateur, numeroFactureOrigine: b.numeroFactureOrigine, modeDepot: b.modeDepot, numeroFluxDepot: b.numeroFluxDepot, rejetTraite: b.rejetTraite };
    const r = foreign(ctx, b.idFournisseur) ? { total: 0, items: [] } : run(ctx, "supplier", c, p);
    return { json: { ...envelope(r.total), parametresRetour: parametresRetour(r.total, p), listeFactures: r.items.map((i) => fournisseurItem(ctx.ns, i)) } };
  });

  router.cpro("factures", `${P}/rechercher/recipiendaire`, (ctx) => {
    const b = recipiendaireBody.parse(ctx.body);
    const p = page(b.paramRecherche);
    const c: Criteria = { ...criteria(b), typeDemandePaiement: b.typeDemandePaiement, idServiceExecutant: b.idServiceExecutant,
      typeFacture: b.listeTypeFacture, typeFactureTravaux: b.listeTypeFactureTravaux, telechargee: b.factureTelechargeeParDestinataire,
      fournisseurs: b.listeFournisseurs?.map((f) => ({ id: f.idFournisseur, services: f.listeIdService })) };
    const r = foreign(ctx, b.idDestinataire) ? { total: 0, items: [] } : run(ctx, "recipient", c, p, (i) => i.visibleDestinataire);
    // CONTRACT §4.0 exception: page counters at top level for this operation only.
    return { json: { ...envelope(r.total), ...parametresRetour(r.total, p), listeFactures: r.items.map((i) => recipiendaireItem(ctx.ns, i)) } };
  });

  const valideurSearch = (toDo: boolean) => (ctx: CproCtx) => {
    const b = valideurBody.parse(ctx.body);
    const p = page(b.pagination);
    const c: Criteria = { ...criteria(b), typeDemandePaiement: b.typeDemandePaiement, idServiceExecutant: b.idServiceExecutant,
      typeFacture: b.listeTypeFacture, typeFactureTravaux: b.listeTypeFactureTravaux, idServiceFournisseur: b.idServiceFournisseur,
      idMoe: b.idStructureMoe, idMoa: b.idStructureMoa, numeroBonCommande: b.numeroEngagement ?? b.numeroBonCommande,
      destinataires: b.idDestinataire !== undefined ? [{ id: b.idDestinataire }] : undefined,
      fournisseurs: b.idFournisseur !== undefined ? [{ id: b.idFournisseur }] : undefined, idValideur: undefined };
    const r = run(ctx, "validator", c, p, undefined, toDo ? A_TRAITER_VALIDEUR : undefined);
    return { json: { ...envelope(r.total), parametresRetour: parametresRetour(r.total, p), listeFactures: r.items.map((i) => valideurItem(ctx.ns, i)) } };
  };
  router.cpro("factures", `${P}/rechercher/valideur`, valideurSearch(false));
  router.cpro("factures", `${P}/rechercher/aTraiter/valideur`, valideurSearch(true));

  router.cpro("factures", `${P}/rechercher/atraiter/recipiendaire`, (ctx) => {
    const b = aTraiterBody.parse(ctx.body);
    const p = page(b.parametreRechercheFactureATraiterParRecipiendaire);
    const r = foreign(ctx, b.idStructure) ? { total: 0, items: [] } : run(ctx, "recipient", {}, p, (i) => i.visibleDestinataire, A_TRAITER_RECIPIENDAIRE);
    return { json: { ...envelope(r.total), parametresRetour: parametresRetour(r.total, p), listeFactures: r.items.map((i) => recipiendaireItem(ctx.ns, i)) } };
  });

  router.cpro("factures", `${P}/rechercher/atraiter/fournisseur`, (ctx) => {
    const b = aTraiterBody.parse(ctx.body);
    const p = page(b.rechercheFactureATraiterParFournisseur);
    const r = foreign(ctx, b.idStructure) ? { total: 0, items: [] } : run(ctx, "supplier", { masquerRejetee: b.masquerRejetee }, p, undefined, A_TRAITER_FOURNISSEUR);
    return { json: { ...envelope(r.total), parametresRetour: parametresRetour(r.total, p), listeFactures: r.items.map((i) => aTraiterFournisseurItem(ctx.ns, i)) } };
  });

  router.cpro("factures", `${P}/rechercher/demandePaiement`, (ctx) => {
    const b = demandeBody.parse(ctx.body);
    const sid = ctx.structure.idStructureCPP;
    const role = b.roleUtilisateur ?? "FOURNISSEUR";
    const source: Side | Invoice[] = role === "DESTINATAIRE" ? (ctx.ns.byRecipient.get(sid) ?? []).filter((i) => i.visibleDestinataire)
      : role === "VALIDEUR" ? "validator"
      : role === "MOE" || role === "MOA" ? [...ctx.ns.invoices.values()].filter((i) => (role === "MOE" ? i.idMoe : i.idMoa) === sid)
      : "supplier";
    const c: Criteria = { ...criteria(b), typeDemandePaiement: b.typeDemandePaiement, typeFacture: b.typeFacture ? [b.typeFacture] : undefined, numeroFactureOrigine: b.numeroFactureOrigine };
    const p: Page = { page: 1, size: 1000, descending: true };
    const r = run(ctx, source, c, p);
    return { json: { ...envelope(r.total), total: r.total, listeDemandePaiement: r.items.map((i) => demandePaiementItem(ctx.ns, i)) } };
  });
}
