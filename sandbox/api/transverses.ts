// Transverses API (CONTRACT §4.2, no swagger: shapes SEEN [GO; ZMOG; COMM]).
import { z } from "zod";
import type { CproCtx, Router } from "../http/router";
import { BusinessError, ERRORS, ok } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { LIMITS } from "../model/limits";
import type { Structure } from "../model/types";
import { canDownload, currentUser, opt, page, parametresRetour, zInt, zPagination, zStr } from "./common";
import { structurePjBody, structurePjDownload } from "./transverses-pj";

const T = "/cpro/transverses/v1";
const OKT = () => ok("OK_TRANSVERSES");

const fichierBody = z.object({ idUtilisateurCourant: opt(zInt), pieceJointeFichier: zStr, pieceJointeNom: zStr, pieceJointeTypeMime: opt(zStr), pieceJointeExtension: zStr }).loose();
const pjBody = z.object({
  objetPieceJointe: opt(zStr),
  demandePaiement: opt(z.object({ listeFacture: opt(z.array(z.object({ idFacture: zInt }).loose())) }).loose()),
  idPieceJointe: opt(zInt), pieceJointeId: opt(zInt),
}).loose();

function pagedList<T>(items: T[], p: ReturnType<typeof page>) {
  return { items: items.slice((p.page - 1) * p.size, p.page * p.size), parametresRetour: parametresRetour(items.length, p) };
}

function structuresList(ctx: CproCtx, keep: (s: Structure) => boolean) {
  return [...ctx.ns.structures.values()].filter((s) => s.actif && keep(s)).map((s) => ({ idStructureCPP: s.idStructureCPP, identifiant: s.identifiantStructure, designationStructure: s.designationStructure }));
}

export function register(router: Router): void {
  // SEEN [ZMOG TransversesTest]: sandbox answer of the health-check.
  router.add({
    method: "GET", path: `${T}/health-check`, api: "transverses", auth: "bearer",
    handler: () => ({ json: { body: "L'API CPRO est actuellement disponible et fonctionnel.", statusCode: "OK", statusCodeValue: 200 } }),
  });
  void INFERRED.healthCheckNeedsAccount;

  router.cpro("transverses", `${T}/ajouter/fichier`, (ctx) => {
    const b = fichierBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const size = Math.floor((b.pieceJointeFichier.replace(/=+$/, "").length * 3) / 4);
    if (size > LIMITS.attachmentBytes) throw new BusinessError("PJ_TOO_LARGE");
    if (b.pieceJointeNom.length > LIMITS.attachmentNameChars) throw new BusinessError("PJ_NAME_TOO_LONG");
    const ext = b.pieceJointeExtension.replace(/^\./, "").toLowerCase();
    if (!INFERRED.attachmentExtensions.includes(ext)) throw new BusinessError("PJ_EXTENSION", ext);
    const id = ++ctx.ns.seq.attachment;
    ctx.ns.attachments.set(id, { id, nom: b.pieceJointeNom, mime: b.pieceJointeTypeMime ?? "application/octet-stream", extension: ext, size, base64: b.pieceJointeFichier, idStructure: ctx.structure.idStructureCPP, idUtilisateur: user.idUtilisateur });
    return { json: { ...ok(), pieceJointeId: id } };
  }, { bodyLimit: "attachment" });

  router.cpro("transverses", `${T}/telecharger/pieceJointe`, (ctx) => {
    const b = pjBody.parse(ctx.body);
    if (b.objetPieceJointe?.startsWith("STRUCTURE_")) return structurePjDownload(ctx, structurePjBody.parse(ctx.body));
    const ids = b.demandePaiement?.listeFacture?.map((f) => f.idFacture) ?? [];
    const sid = ctx.structure.idStructureCPP;
    // Attachments of a visible invoice, or one the structure uploaded itself.
    for (const id of ids) {
      const inv = ctx.ns.invoices.get(id);
      if (!inv || !canDownload(inv, sid)) throw new BusinessError("DP_UNKNOWN");
      const pj = inv.pjPrincipale ?? inv.pjComplementaires[0];
      const att = pj && ctx.ns.attachments.get(pj.id);
      if (att) return { json: { ...OKT(), pieceJointe: att.base64 } };
    }
    const direct = b.idPieceJointe ?? b.pieceJointeId;
    const att = direct !== undefined ? ctx.ns.attachments.get(direct) : undefined;
    if (att && att.idStructure === sid) return { json: { ...OKT(), pieceJointe: att.base64 } };
    throw new BusinessError("PJ_UNKNOWN");
  });

  router.cpro("transverses", `${T}/rechercher/destinataire`, (ctx) => {
    const b = z.object({ identifiant: opt(zStr), nomVilleCodePostal: opt(zStr), typeStructure: opt(zStr), parametresRecherche: opt(zPagination) }).loose().parse(ctx.body);
    const q = b.nomVilleCodePostal?.toLowerCase();
    const list = [...ctx.ns.structures.values()].filter((s) => s.typeStructure === "PUBLIQUE" && s.actif
      && (!b.identifiant || s.identifiantStructure.includes(b.identifiant))
      && (!q || `${s.designationStructure} ${s.adresse.ville} ${s.adresse.codePostal}`.toLowerCase().includes(q)))
      .map((s) => ({ idStructureCPP: s.idStructureCPP, siret: s.identifiantStructure, nomDestinataire: s.designationStructure, adresseCodePostal: s.adresse.codePostal, adresseVille: s.adresse.ville }));
    const r = pagedList(list, page(b.parametresRecherche));
    return { json: { ...(list.length ? OKT() : { codeRetour: ERRORS.SEARCH_EMPTY.codeRetour, libelle: ERRORS.SEARCH_EMPTY.libelle }), listeDestinataires: r.items, parametresRetour: r.parametresRetour } };
  });

  router.cpro("transverses", `${T}/rechercher/serviceexecutant`, (ctx) => {
    const b = z.object({ idStructure: opt(zInt), idStructureCPP: opt(zInt), codeServiceExecutant: opt(zStr), libelleServiceExecutant: opt(zStr), parametresRecherche: opt(zPagination) }).loose().parse(ctx.body);
    const s = ctx.ns.structure(b.idStructure ?? b.idStructureCPP);
    if (!s || s.typeStructure !== "PUBLIQUE") throw new BusinessError("STRUCTURE_INCONNUE");
    const list = s.services.filter((x) => x.estActif && (!b.codeServiceExecutant || x.codeService.includes(b.codeServiceExecutant)))
      .map((x) => ({ idServicesCPP: x.idService, codeServiceExecutant: x.codeService, nomServiceExecutant: x.libelleService }));
    const r = pagedList(list, page(b.parametresRecherche));
    return { json: { ...OKT(), listeServices: r.items, parametresRetour: r.parametresRetour } };
  });

  router.cpro("transverses", `${T}/recuperer/structures/actives/fournisseur`, (ctx) => ({ json: { ...OKT(), listeStructures: structuresList(ctx, (s) => s.typeStructure === "PRIVEE") } }));
  router.cpro("transverses", `${T}/recuperer/structures/actives/destinataire`, (ctx) => ({ json: { ...OKT(), listeStructures: structuresList(ctx, (s) => s.typeStructure === "PUBLIQUE") } }));
  router.cpro("transverses", `${T}/recuperer/structures/actives/facturetravaux`, (ctx) => ({ json: { ...OKT(), listeStructures: structuresList(ctx, (s) => s.parametres.estMoa || s.idMoe !== undefined) } }));
  router.cpro("transverses", `${T}/recuperer/structuresPourUtilisateur`, (ctx) => {
    const b = z.object({ idUtilisateurCourant: opt(zInt) }).loose().parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const listeStructures = user.rattachements.map((r) => ctx.ns.structures.get(r.idStructureCPP)).filter((s): s is Structure => !!s)
      .map((s) => ({ idStructure: s.idStructureCPP, identifiantStructure: s.identifiantStructure, designationStructure: s.designationStructure, typeIdentifiantStructure: s.typeIdentifiantStructure }));
    return { json: { ...OKT(), listeStructures } };
  });

  const fluxOf = (ctx: CproCtx, numero: string | undefined) => {
    const f = numero ? ctx.ns.flux.get(numero) : undefined;
    if (!f || f.idStructure !== ctx.structure.idStructureCPP) throw new BusinessError("FLUX_UNKNOWN");
    return f;
  };
  router.cpro("transverses", `${T}/consulterCR`, (ctx) => {
    const b = z.object({ numeroFluxDepot: opt(zStr), dateDepot: opt(zStr), syntaxeFlux: opt(zStr) }).loose().parse(ctx.body);
    const f = fluxOf(ctx, b.numeroFluxDepot);
    const report = [`Flux ${f.numeroFluxDepot} (${f.nomFichier}) : ${f.etat}`, ...f.erreursTechniques.map((e) => `${e.codeErreur} ${e.libelleErreur}`), ...f.erreursDP.map((e) => `${e.numeroDP} : ${e.libelleErreurDP}`)].join("\n");
    return { json: { ...OKT(), numeroFluxDepot: f.numeroFluxDepot, codeAppliPartenaire: "CPP", codeInterfaceFlux: INFERRED.codeInterfaceDepotFlux, dateDepotFlux: f.dateDepot, dateHeureEtatCourantFlux: f.dateHeureEtatCourant, designationPartenaire: ctx.structure.designationStructure, etatCourantFlux: f.etat, fichierCR: Buffer.from(report).toString("base64"), nomFichierFlux: f.nomFichier } };
  });
  router.cpro("transverses", `${T}/consulterCRDetaille`, (ctx) => {
    const b = z.object({ numeroFluxDepot: opt(zStr), syntaxeFlux: opt(zStr) }).loose().parse(ctx.body);
    const f = fluxOf(ctx, b.numeroFluxDepot);
    return { json: { ...OKT(), codeInterfaceDepotFlux: INFERRED.codeInterfaceDepotFlux, dateDepotFlux: f.dateDepot, dateHeureEtatCourantFlux: f.dateHeureEtatCourant, etatCourantDepotFlux: f.etat, nomFichier: `${INFERRED.codeInterfaceDepotFlux}_CPP001_${f.numeroFluxDepot}`, listeErreurDP: f.erreursDP, listeErreurTechnique: f.erreursTechniques } };
  });

  router.cpro("transverses", `${T}/consulter/information/siret`, (ctx) => {
    const b = z.object({ siretStructure: zStr }).loose().parse(ctx.body);
    const s = ctx.ns.structuresByIdentifiant.get(b.siretStructure);
    if (!s || s.typeIdentifiantStructure !== "SIRET") throw new BusinessError("SIRET_INCONNU");
    return { json: { ...OKT(), siren: s.identifiantStructure.slice(0, 9), siret: s.identifiantStructure, raisonSociale: s.designationStructure, adresse: `${s.adresse.adresse} ${s.adresse.codePostal} ${s.adresse.ville}`, categorieEntreprise: s.typeStructure === "PUBLIQUE" ? "" : "PME", categorieJuridique: s.typeStructure === "PUBLIQUE" ? "7210" : "5710", civilite: "", dateCreationEntreprise: "2010-01-01", dateCreationEtablissement: "2010-01-01", dateReactivationEtablissement: "", estActif: s.actif, localisationSiege: s.adresse.ville, nonDiffusibleInsee: false, numeroInterneClassement: "", siege: true, siretPredecesseurSuccesseur: "" } };
  });
}
