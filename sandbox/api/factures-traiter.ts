// Processing operations (LIFECYCLE §2–§3): traiter/recue, traiter/factureAValider, completer, recycler,
// corriger/valideur/facture, traiterRejet, recuperer/statutsFactureVisibles/valideur.
import { z } from "zod";
import type { Router } from "../http/router";
import { isoDate } from "../model/clock";
import { STATUTS } from "../model/enums";
import { BusinessError, ok } from "../model/errors";
import { completer, corrigerValideur, recycler, traiterAValider, traiterRecue } from "../model/lifecycle";
import { checkRouting } from "../model/submit";
import { VISIBLES_VALIDEUR } from "../model/traiter-matrix";
import type { PieceJointeLiee } from "../model/types";
import { currentUser, invoiceFor, opt, zInt, zStr } from "./common";
import type { Services } from "./index";

const P = "/cpro/factures/v1";
const recueBody = z.object({
  idUtilisateurCourant: opt(zInt), idFacture: zInt, nouveauStatut: z.enum(STATUTS), motif: opt(zStr),
  numeroDPMandat: opt(zStr), NumeroDPMandat: opt(zStr),
}).loose();
const aValiderBody = z.object({ idUtilisateurCourant: opt(zInt), idFacture: zInt, action: zStr, typeValideur: opt(zStr), idValideur: opt(zInt), motifRefus: opt(zStr), complementInfo: opt(zStr) }).loose();
const pjItem = z.object({ pieceJointeComplementaireDesignation: opt(zStr), pieceJointeComplementaireType: opt(zStr), pieceJointeComplementaireNumeroLigneFacture: opt(zInt), pieceJointeComplementaireId: zInt }).loose();
const completerBody = z.object({ idUtilisateurCourant: opt(zInt), identifiantFactureCPP: zInt, pieceJointeComplementaire: opt(z.array(pjItem)), commentaire: opt(zStr) }).loose();
const recyclerBody = z.object({
  idUtilisateurCourant: opt(zInt), identifiantFactureCPP: zInt, commentaire: opt(zStr),
  destinataire: z.object({ codeDestinataire: zStr, codeServiceExecutant: opt(zStr) }).loose(),
  reference: opt(z.object({ numeroBonCommande: opt(zStr) }).loose()),
}).loose();
const corrigerBody = z.object({ idUtilisateurCourant: opt(zInt), idFacture: zInt, idStructure: opt(zInt), typeIdentifiantStructure: opt(zStr), identifiantStructure: opt(zStr) }).loose();
const rejetBody = z.object({ idUtilisateurCourant: opt(zInt), listeDemandePaiement: z.array(z.object({ idDemandePaiement: zInt }).loose()).min(1) }).loose();

export function register(router: Router, { registry }: Services): void {
  router.cpro("factures", `${P}/traiter/recue`, (ctx) => {
    const b = recueBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const inv = invoiceFor(ctx, "recipiendaire", b.idFacture);
    // LIFECYCLE §2.2: the official example spells "NumeroDPMandat"; accept both.
    traiterRecue(ctx.ns, inv, user, { nouveauStatut: b.nouveauStatut, motif: b.motif, numeroDPMandat: b.numeroDPMandat ?? b.NumeroDPMandat });
    return { json: { ...ok(), idFacture: inv.id, numeroFacture: inv.numero, dateTraitement: isoDate(), nouveauStatut: inv.statut } };
  });

  router.cpro("factures", `${P}/traiter/factureAValider`, (ctx) => {
    const b = aValiderBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const inv = invoiceFor(ctx, "valideur", b.idFacture);
    traiterAValider(registry, ctx.ns, inv, user, { action: b.action, motifRefus: b.motifRefus, complementInfo: b.complementInfo });
    const shown = inv.histoStatuts.at(-1)?.code === "DEPOSEE" ? inv.histoStatuts.at(-2)?.code ?? inv.statut : inv.statut;
    return { json: { ...ok(), idFacture: inv.id, numeroFacture: inv.numero, dateTraitement: isoDate(), statutFacture: shown } };
  });

  router.cpro("factures", `${P}/completer`, (ctx) => {
    const b = completerBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const inv = invoiceFor(ctx, "fournisseur", b.identifiantFactureCPP);
    const pjs: PieceJointeLiee[] = (b.pieceJointeComplementaire ?? []).map((p) => {
      const att = ctx.ns.attachments.get(p.pieceJointeComplementaireId);
      if (!att || att.idStructure !== ctx.structure.idStructureCPP) throw new BusinessError("PJ_UNKNOWN", String(p.pieceJointeComplementaireId));
      return { id: att.id, idLiaison: ctx.ns.seq.liaison++, designation: p.pieceJointeComplementaireDesignation ?? att.nom, typeCode: p.pieceJointeComplementaireType ?? "AUTRE", numeroLigne: p.pieceJointeComplementaireNumeroLigneFacture };
    });
    completer(ctx.ns, inv, user, pjs, b.commentaire);
    return { json: { ...ok(), identifiantFactureCPP: inv.id, numeroFacture: inv.numero, dateTraitement: isoDate() } };
  });

  router.cpro("factures", `${P}/recycler`, (ctx) => {
    const b = recyclerBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const inv = invoiceFor(ctx, "fournisseur", b.identifiantFactureCPP);
    if (inv.statut !== "A_RECYCLER") throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
    const dest = ctx.ns.structuresByIdentifiant.get(b.destinataire.codeDestinataire);
    if (!dest || dest.typeStructure !== "PUBLIQUE") throw new BusinessError("DESTINATAIRE_INCONNU");
    if (!dest.actif) throw new BusinessError("DESTINATAIRE_INACTIF");
    const ej = b.reference?.numeroBonCommande ?? inv.numeroBonCommande;
    const service = checkRouting(dest, b.destinataire.codeServiceExecutant, ej);
    recycler(registry, ctx.ns, inv, user, { idDestinataire: dest.idStructureCPP, idServiceExecutant: service?.idService, numeroBonCommande: b.reference?.numeroBonCommande }, b.commentaire);
    return { json: { ...ok(), identifiantFactureCPP: inv.id, numeroFacture: inv.numero, statutFacture: inv.statut, dateDepot: inv.dateDepot } };
  });

  router.cpro("factures", `${P}/corriger/valideur/facture`, (ctx) => {
    const b = corrigerBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const inv = invoiceFor(ctx, "fournisseur", b.idFacture);
    const target = b.idStructure !== undefined ? ctx.ns.structure(b.idStructure) : ctx.ns.structuresByIdentifiant.get(b.identifiantStructure ?? "");
    if (!target || !target.actif) throw new BusinessError("VALIDEUR_INCONNU");
    corrigerValideur(ctx.ns, inv, user, target.idStructureCPP);
    return { json: { ...ok(), idFacture: inv.id } };
  });

  router.cpro("factures", `${P}/traiterRejet`, (ctx) => {
    const b = rejetBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const invoices = b.listeDemandePaiement.map((d) => invoiceFor(ctx, "fournisseur", d.idDemandePaiement));
    // All-or-nothing: check every state before acknowledging any.
    const bad = invoices.find((i) => i.statut !== "REJETEE");
    if (bad) throw new BusinessError("STATE_FORBIDDEN", `statut ${bad.statut}`);
    for (const inv of invoices) {
      inv.rejetTraite = true;
      ctx.ns.addAction(inv, "TRAITEMENT_REJET", user.idUtilisateur);
    }
    return { json: ok() };
  });

  router.cpro("factures", `${P}/recuperer/statutsFactureVisibles/valideur`, (ctx) => {
    const b = z.object({ idUtilisateurCourant: opt(zInt) }).loose().parse(ctx.body);
    currentUser(ctx, b.idUtilisateurCourant);
    return { json: { ...ok(), listeStatutFacture: VISIBLES_VALIDEUR.map((codeStatutFacture) => ({ codeStatutFacture })) } };
  });
}
