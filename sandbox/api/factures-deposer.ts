import { createHash } from "node:crypto";
// soumettre, deposer/pdf, deposer/flux (CONTRACT §4.1). Where sources disagree (CONTRACT §8) every input
// form is accepted and the answer follows the swagger.
import { z } from "zod";
import type { Router } from "../http/router";
import { CADRES_SOUMETTRE, FORMATS_DEPOT_PDF, MODES_DEPOT_SOUMETTRE, SYNTAXES_FLUX } from "../model/enums";
import { BusinessError, ok } from "../model/errors";
import { depositFlux } from "../model/flux";
import { LIMITS } from "../model/limits";
import { extractEmbeddedXml } from "../model/pdf";
import { checkSubmission, createInvoice, type Submission } from "../model/submit";
import { currentUser, opt, zBool, zInt, zNum, zStr } from "./common";
import type { Services } from "./index";

const P = "/cpro/factures/v1";
const pjPrincipale = z.object({ pieceJointePrincipaleDesignation: opt(zStr), pieceJointePrincipaleId: zInt }).loose();
const soumettreBody = z.object({
  idUtilisateurCourant: opt(zInt), modeDepot: z.enum(MODES_DEPOT_SOUMETTRE), numeroFactureSaisi: zStr.min(1).max(20), dateFacture: opt(zStr),
  destinataire: z.object({ codeDestinataire: zStr, codeServiceExecutant: opt(zStr) }).loose(),
  fournisseur: z.object({ idFournisseur: zInt, idServiceFournisseur: opt(zInt), codeCoordonneesBancairesFournisseur: opt(zInt) }).loose(),
  cadreDeFacturation: z.object({ codeCadreFacturation: z.enum(CADRES_SOUMETTRE), codeStructureValideur: opt(zStr), codeServiceValideur: opt(zStr) }).loose(),
  references: z.object({
    deviseFacture: opt(zStr), typeFacture: opt(z.enum(["FACTURE", "AVOIR"])), typeTva: opt(zStr), motifExonerationTva: opt(zStr),
    numeroMarche: opt(zStr), numeroBonCommande: opt(zStr), numeroFactureOrigine: opt(zStr), modePaiement: opt(zStr),
  }).loose(),
  lignePoste: opt(z.array(z.object({
    lignePosteNumero: opt(zInt), lignePosteReference: opt(zStr), lignePosteDenomination: opt(zStr), lignePosteQuantite: zNum,
    lignePosteUnite: opt(zStr), lignePosteMontantUnitaireHT: zNum, lignePosteMontantRemiseHT: opt(zNum), lignePosteTauxTva: opt(zStr), lignePosteTauxTvaManuel: opt(zNum),
  }).loose())),
  ligneTva: opt(z.array(z.object({ ligneTvaTaux: opt(zStr), ligneTvaMontantBaseHtParTaux: zNum, ligneTvaMontantTvaParTaux: zNum, ligneTvaTauxManuel: opt(zNum) }).loose())),
  montantTotal: z.object({ montantHtTotal: zNum, montantTVA: zNum, montantTtcTotal: zNum, montantRemiseGlobaleTTC: opt(zNum), motifRemiseGlobaleTTC: opt(zStr), montantAPayer: zNum }).loose(),
  // CONTRACT §8.4: object in the swagger, array in ZMOG/CPRODOCS — accept both.
  pieceJointePrincipale: opt(z.union([pjPrincipale, z.array(pjPrincipale)])),
  pieceJointeComplementaire: opt(z.array(z.object({ pieceJointeComplementaireDesignation: opt(zStr), pieceJointeComplementaireType: opt(zStr), pieceJointeComplementaireNumeroLigneFacture: opt(zInt), pieceJointeComplementaireId: zInt }).loose())),
  commentaire: opt(zStr),
}).loose();

export function toSubmission(b: z.infer<typeof soumettreBody>): Submission {
  const pj = Array.isArray(b.pieceJointePrincipale) ? b.pieceJointePrincipale[0] : b.pieceJointePrincipale;
  return {
    numero: b.numeroFactureSaisi, dateFacture: b.dateFacture, modeDepot: b.modeDepot, cadre: b.cadreDeFacturation.codeCadreFacturation,
    codeDestinataire: b.destinataire.codeDestinataire, codeServiceExecutant: b.destinataire.codeServiceExecutant,
    idFournisseur: b.fournisseur.idFournisseur, idServiceFournisseur: b.fournisseur.idServiceFournisseur, idCoordBancaire: b.fournisseur.codeCoordonneesBancairesFournisseur,
    codeStructureValideur: b.cadreDeFacturation.codeStructureValideur, codeServiceValideur: b.cadreDeFacturation.codeServiceValideur,
    devise: b.references.deviseFacture, typeFacture: b.references.typeFacture, typeTva: b.references.typeTva, motifExonerationTva: b.references.motifExonerationTva,
    numeroMarche: b.references.numeroMarche, numeroBonCommande: b.references.numeroBonCommande, numeroFactureOrigine: b.references.numeroFactureOrigine,
    modePaiement: b.references.modePaiement,
    lignes: (b.lignePoste ?? []).map((l) => ({ numero: l.lignePosteNumero, reference: l.lignePosteReference, denomination: l.lignePosteDenomination, quantite: l.lignePosteQuantite, unite: l.lignePosteUnite, prixUnitaireHT: l.lignePosteMontantUnitaireHT, remiseHT: l.lignePosteMontantRemiseHT, tauxTvaCode: l.lignePosteTauxTva, tauxTvaManuel: l.lignePosteTauxTvaManuel })),
    lignesTva: (b.ligneTva ?? []).map((t) => ({ tauxCode: t.ligneTvaTaux, baseHT: t.ligneTvaMontantBaseHtParTaux, montantTva: t.ligneTvaMontantTvaParTaux, tauxManuel: t.ligneTvaTauxManuel })),
    montantHT: b.montantTotal.montantHtTotal, montantTVA: b.montantTotal.montantTVA, montantTTC: b.montantTotal.montantTtcTotal,
    remise: b.montantTotal.montantRemiseGlobaleTTC, motifRemise: b.montantTotal.motifRemiseGlobaleTTC, montantAPayer: b.montantTotal.montantAPayer,
    pjPrincipaleId: pj?.pieceJointePrincipaleId, pjPrincipaleDesignation: pj?.pieceJointePrincipaleDesignation,
    pjComplementaires: (b.pieceJointeComplementaire ?? []).map((x) => ({ id: x.pieceJointeComplementaireId, designation: x.pieceJointeComplementaireDesignation, type: x.pieceJointeComplementaireType, numeroLigne: x.pieceJointeComplementaireNumeroLigneFacture })),
    commentaire: b.commentaire,
  };
}

const pdfBody = z.object({ idUtilisateurCourant: opt(zInt), fichierFacture: zStr, nomFichier: zStr, formatDepot: opt(z.enum(FORMATS_DEPOT_PDF)) }).loose();
const fluxBody = z.object({ idUtilisateurCourant: opt(zInt), fichierFlux: zStr, nomFichier: zStr, syntaxeFlux: zStr, avecSignature: opt(zBool) }).loose();

export function register(router: Router, { registry }: Services): void {
  router.cpro("factures", `${P}/soumettre`, (ctx) => {
    const b = soumettreBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const s = toSubmission(b);
    for (const id of [s.pjPrincipaleId, ...s.pjComplementaires.map((x) => x.id)]) {
      if (id === undefined) continue;
      const att = ctx.ns.attachments.get(id);
      if (!att || att.idStructure !== ctx.structure.idStructureCPP) throw new BusinessError("PJ_UNKNOWN", String(id));
    }
    // An OCR draft (deposer/pdf) is finalised by soumettre with its pieceJointeId.
    const draft = s.pjPrincipaleId === undefined ? undefined
      : ctx.ns.bySupplier.get(ctx.structure.idStructureCPP)?.find((i) => i.statut === "INTERPRETEE_OCR" && i.pjPrincipale?.id === s.pjPrincipaleId);
    const parties = checkSubmission(ctx.ns, ctx.structure.idStructureCPP, s, draft);
    const inv = createInvoice(registry, ctx.ns, s, user, parties, draft);
    return { json: {
      ...ok(), identifiantFactureCPP: inv.id, numeroFacture: inv.numero, statutFacture: inv.statut, dateDepot: inv.dateDepot,
      identifiantStructure: ctx.structure.identifiantStructure,
      // SEEN-3P [MFP]: a 44-character base64 value, i.e. a SHA-256 digest.
      empreinteCertificatDepot: createHash("sha256").update(`${inv.id}|${inv.numero}|${inv.dateDepot}|${inv.montantTTC}`).digest("base64"),
    } };
  });

  router.cpro("factures", `${P}/deposer/pdf`, async (ctx) => {
    const b = pdfBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    const bytes = Buffer.from(b.fichierFacture, "base64");
    if (bytes.length > LIMITS.pdfFileBytes) throw new BusinessError("PDF_TOO_LARGE");
    if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new BusinessError("PDF_INVALID");
    const { draftFromPdf } = await import("../model/ocr");
    const draft = await draftFromPdf(registry, ctx.ns, ctx.structure, user, b.nomFichier, bytes, await extractEmbeddedXml(bytes));
    return { json: { ...ok(), ...draft } };
  }, { bodyLimit: "pdf" });

  router.cpro("factures", `${P}/deposer/flux`, (ctx) => {
    const b = fluxBody.parse(ctx.body);
    const user = currentUser(ctx, b.idUtilisateurCourant);
    if (!(SYNTAXES_FLUX as readonly string[]).includes(b.syntaxeFlux)) throw new BusinessError("FLUX_SYNTAXE_INVALID", b.syntaxeFlux);
    const size = Math.floor((b.fichierFlux.replace(/=+$/, "").length * 3) / 4);
    const compressed = /\.(zip|tar\.gz)$/i.test(b.nomFichier);
    if (size > (compressed ? LIMITS.fluxCompressedBytes : LIMITS.fluxFileBytes)) throw new BusinessError("FLUX_TOO_LARGE");
    const flux = depositFlux(registry, ctx.ns, ctx.structure, user, { base64: b.fichierFlux, nomFichier: b.nomFichier, syntaxeFlux: b.syntaxeFlux as (typeof SYNTAXES_FLUX)[number], size });
    return { json: { ...ok(), numeroFluxDepot: flux.numeroFluxDepot, dateDepot: flux.dateDepot, syntaxeFlux: flux.syntaxeFlux } };
  }, { bodyLimit: "flux" });
}
