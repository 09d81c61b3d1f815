// FacturesTravaux write operations (CONTRACT §4.5, LIFECYCLE §5). Legacy paths mapped to PISTE as
// /cpro/facturesTravaux/v1/<same path>; bodies SEEN where CONTRACT §4.5 gives them, else INFERRED (README).
import { z } from "zod";
import type { CproCtx, Router } from "../http/router";
import { BusinessError } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { deposit, recycle, type Actor } from "../model/travaux";
import { completerServiceMoe, completerTravaux, corrigerValideurTravaux, demanderCompletion, demanderRecyclage, prendreEnCompte, refuser } from "../model/travaux-actions";
import { MOTIFS_REFUS_TRAVAUX, isParty } from "../model/travaux-rules";
import type { Invoice, PieceJointeLiee } from "../model/types";
import { currentUser, opt, zInt, zNum, zStr } from "./common";
import type { Services } from "./index";

export const TP = "/cpro/facturesTravaux/v1";
export const okT = () => ({ codeRetour: 0, libelle: INFERRED.travauxOkLibelle });

export function actorOf(ctx: CproCtx, idUtilisateurCourant: number | undefined): Actor {
  return { idStructure: ctx.structure.idStructureCPP, idUtilisateur: currentUser(ctx, idUtilisateurCourant).idUtilisateur };
}

/** A works piece the caller's structure is a party of; anything else is "unknown" (no leak of forged ids). */
export function pieceFor(ctx: CproCtx, id: number | undefined): Invoice {
  const inv = id === undefined ? undefined : ctx.ns.invoices.get(id);
  if (!inv || inv.typeDemandePaiement !== "FACTURE_TRAVAUX" || !isParty(inv, ctx.structure.idStructureCPP)) throw new BusinessError("DP_UNKNOWN", id === undefined ? "identifiant absent" : undefined);
  return inv;
}

const ref = (identifiant: string | undefined, id: number | undefined, codeService: string | undefined) =>
  identifiant === undefined && id === undefined ? undefined : { identifiant, id, codeService };

const soumettreBody = z.object({
  idUtilisateurCourant: opt(zInt), numeroFactureSaisi: opt(zStr), numeroFactureTravaux: opt(zStr), dateFacture: opt(zStr), modeDepot: opt(zStr),
  cadreDeFacturation: z.object({ codeCadreFacturation: zStr, codeStructureValideur: opt(zStr), idStructureValideur: opt(zInt) }).loose(),
  idPiecePrecedente: opt(zInt),
  destinataire: opt(z.object({ codeDestinataire: opt(zStr), idDestinataire: opt(zInt), codeServiceExecutant: opt(zStr) }).loose()),
  moe: opt(z.object({ identifiantMoe: opt(zStr), idStructureMoe: opt(zInt), codeServiceMoe: opt(zStr) }).loose()),
  moa: opt(z.object({ identifiantMoa: opt(zStr), idStructureMoa: opt(zInt), codeServiceMoa: opt(zStr) }).loose()),
  references: opt(z.object({ numeroMarche: opt(zStr), numeroBonCommande: opt(zStr), deviseFacture: opt(zStr) }).loose()),
  montantTotal: z.object({ montantHtTotal: zNum, montantTVA: zNum, montantTtcTotal: zNum, montantAPayer: opt(zNum) }).loose(),
  commentaire: opt(zStr),
}).loose();
const idBody = z.object({ idUtilisateurCourant: opt(zInt), idFactureTravaux: zInt, commentaire: opt(zStr) }).loose();
const refuserBody = idBody.extend({ motif: opt(zStr), codeMotif: opt(zStr), codeMotifRefus: opt(zStr), idMotif: opt(zInt), idMotifRefus: opt(zInt) });
const pjItem = z.object({ pieceJointeComplementaireId: zInt, pieceJointeComplementaireDesignation: opt(zStr), pieceJointeComplementaireType: opt(zStr) }).loose();
const completerBody = idBody.extend({ pieceJointeComplementaire: opt(z.array(pjItem)) });
const serviceMoeBody = idBody.extend({ idServiceMoe: opt(zInt), codeServiceMoe: opt(zStr) });
const valideurBody = idBody.extend({ idStructureValideur: opt(zInt), identifiantStructureValideur: opt(zStr), idStructure: opt(zInt), identifiantStructure: opt(zStr) });
const recyclerBody = idBody.extend({
  identifiantDestinataire: opt(zStr), codeServiceExecutant: opt(zStr), numeroBonCommande: opt(zStr),
  identifiantMoe: opt(zStr), idStructureMoe: opt(zInt), codeServiceMoe: opt(zStr), identifiantMoa: opt(zStr), idStructureMoa: opt(zInt), codeServiceMoa: opt(zStr),
});

export function register(router: Router, _services: Services): void {
  const r = (path: string, h: Parameters<Router["cpro"]>[2]) => router.cpro("facturesTravaux", `${TP}/${path}`, h);
  const done = (inv: Invoice) => ({ json: { ...okT(), idFactureTravaux: inv.id, numeroFactureTravaux: inv.numero, statutFactureTravaux: inv.statut } });

  r(INFERRED.travauxPaths.soumettre, (ctx) => {
    const b = soumettreBody.parse(ctx.body);
    const numero = b.numeroFactureSaisi ?? b.numeroFactureTravaux;
    if (!numero) throw new BusinessError("PARAM_INVALID", "numeroFactureSaisi");
    const c = b.cadreDeFacturation;
    const inv = deposit(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), {
      cadre: c.codeCadreFacturation, numero, dateFacture: b.dateFacture?.slice(0, 10), modeDepot: b.modeDepot, idPiecePrecedente: b.idPiecePrecedente,
      destinataire: ref(b.destinataire?.codeDestinataire, b.destinataire?.idDestinataire, b.destinataire?.codeServiceExecutant),
      moe: ref(b.moe?.identifiantMoe, b.moe?.idStructureMoe, b.moe?.codeServiceMoe), moa: ref(b.moa?.identifiantMoa, b.moa?.idStructureMoa, b.moa?.codeServiceMoa),
      valideur: ref(c.codeStructureValideur, c.idStructureValideur, undefined),
      numeroMarche: b.references?.numeroMarche, numeroBonCommande: b.references?.numeroBonCommande, devise: b.references?.deviseFacture,
      montantHT: b.montantTotal.montantHtTotal, montantTVA: b.montantTotal.montantTVA, montantTTC: b.montantTotal.montantTtcTotal, montantAPayer: b.montantTotal.montantAPayer,
      commentaire: b.commentaire,
    });
    return { json: { ...done(inv).json, dateDepot: inv.dateDepot, idDossierFacturation: inv.idDossier, idPiecePrecedente: inv.idPiecePrecedente } };
  });

  r(INFERRED.travauxPaths.prendreEnCompte, (ctx) => {
    const b = idBody.parse(ctx.body);
    const inv = pieceFor(ctx, b.idFactureTravaux);
    prendreEnCompte(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv);
    return done(inv);
  });

  r("refuser", (ctx) => {
    const b = refuserBody.parse(ctx.body);
    const inv = pieceFor(ctx, b.idFactureTravaux);
    const byId = b.idMotif ?? b.idMotifRefus;
    const motif = b.motif ?? b.codeMotif ?? b.codeMotifRefus ?? (byId !== undefined ? MOTIFS_REFUS_TRAVAUX.find((m) => m.idMotif === byId)?.codeMotif ?? String(byId) : undefined);
    refuser(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv, motif, b.commentaire);
    return done(inv);
  });

  // SEEN [COMM-TRAV]: {idFactureTravaux, commentaire} → envelope only (TRA_MSG_00.000).
  r("suspendre/demander/completer/factureTravaux", (ctx) => {
    const b = idBody.parse(ctx.body);
    demanderCompletion(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), pieceFor(ctx, b.idFactureTravaux), b.commentaire);
    return { json: okT() };
  });

  for (const [path, side] of [["completer", "fournisseur"], ["completermoe", "moe"]] as const) {
    r(path, (ctx) => {
      const b = completerBody.parse(ctx.body);
      const inv = pieceFor(ctx, b.idFactureTravaux);
      const pjs: PieceJointeLiee[] = (b.pieceJointeComplementaire ?? []).map((p) => {
        const att = ctx.ns.attachments.get(p.pieceJointeComplementaireId);
        if (!att || att.idStructure !== ctx.structure.idStructureCPP) throw new BusinessError("PJ_UNKNOWN", String(p.pieceJointeComplementaireId));
        return { id: att.id, idLiaison: ctx.ns.seq.liaison++, designation: p.pieceJointeComplementaireDesignation ?? att.nom, typeCode: p.pieceJointeComplementaireType ?? "AUTRE" };
      });
      completerTravaux(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv, side, pjs, b.commentaire);
      return done(inv);
    });
  }

  r("completerservicemoe", (ctx) => {
    const b = serviceMoeBody.parse(ctx.body);
    const inv = pieceFor(ctx, b.idFactureTravaux);
    completerServiceMoe(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv, { idService: b.idServiceMoe, codeService: b.codeServiceMoe });
    return done(inv);
  });

  r("corriger/valideur", (ctx) => {
    const b = valideurBody.parse(ctx.body);
    const inv = pieceFor(ctx, b.idFactureTravaux);
    const ident = b.identifiantStructureValideur ?? b.identifiantStructure;
    const id = b.idStructureValideur ?? b.idStructure ?? (ident ? ctx.ns.structuresByIdentifiant.get(ident)?.idStructureCPP : undefined);
    if (id === undefined) throw new BusinessError("VALIDEUR_INCONNU");
    corrigerValideurTravaux(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv, id);
    return done(inv);
  });

  // SEEN [COMM]: {idFactureTravaux} → {idFactureTravaux, idPiecePrecedente}.
  r("demander/recyclage", (ctx) => {
    const b = idBody.parse(ctx.body);
    const inv = pieceFor(ctx, b.idFactureTravaux);
    demanderRecyclage(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv, b.commentaire);
    return { json: { ...okT(), idFactureTravaux: inv.id, idPiecePrecedente: inv.idPiecePrecedente } };
  });

  // SEEN [COMM-TRAV]: {idFactureTravaux, identifiantDestinataire, codeServiceExecutant, numeroBonCommande}; MOE/MOA keys INFERRED.
  r("recycler", (ctx) => {
    const b = recyclerBody.parse(ctx.body);
    const inv = pieceFor(ctx, b.idFactureTravaux);
    recycle(ctx.ns, actorOf(ctx, b.idUtilisateurCourant), inv, {
      destinataire: ref(b.identifiantDestinataire, undefined, b.codeServiceExecutant), moe: ref(b.identifiantMoe, b.idStructureMoe, b.codeServiceMoe),
      moa: ref(b.identifiantMoa, b.idStructureMoa, b.codeServiceMoa), numeroBonCommande: b.numeroBonCommande, commentaire: b.commentaire,
    });
    return done(inv);
  });
}
