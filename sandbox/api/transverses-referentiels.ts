// Référentiels of Transverses (CONTRACT §4.2). Values: the contract's enums; lists marked INFERRED are ours.
import { z } from "zod";
import type { Router } from "../http/router";
import { CADRES, MODES_DEPOT, MODES_PAIEMENT, MOTIFS_REFUS_A_VALIDER, STATUTS, TYPES_DEMANDE_PAIEMENT, TYPES_FACTURE_TRAVAUX, TYPES_IDENTIFIANT } from "../model/enums";
import { ok } from "../model/errors";
import { traiterRecueTargets } from "../model/traiter-matrix";
import type { Statut } from "../model/enums";
import { opt, zInt, zStr } from "./common";

const T = "/cpro/transverses/v1/recuperer";
const OKT = () => ok("OK_TRANSVERSES");
const counters = (n: number) => ({ pageCourante: 1, pages: n ? 1 : 0, nbResultatsParPage: n, total: n });

// INFERRED: a short, realistic subset (the full referential lists were not obtained).
const DEVISES = [["EUR", "Euro"], ["USD", "Dollar américain"], ["GBP", "Livre sterling"], ["CHF", "Franc suisse"]];
const PAYS = [["FR", "France"], ["DE", "Allemagne"], ["BE", "Belgique"], ["ES", "Espagne"], ["IT", "Italie"], ["US", "Etats-Unis"]];
// SEEN [PASTELL fixture] for TVA1; others INFERRED.
const TAUX = [["TVA1", "Art 293B(FranchiseEnBase)", 0], ["TVA0", "Exonération", 0], ["TVA2.1", "Taux particulier 2,1 %", 2.1], ["TVA5.5", "Taux réduit 5,5 %", 5.5], ["TVA10", "Taux intermédiaire 10 %", 10], ["TVA20", "Taux normal 20 %", 20]] as const;
const EXONERATIONS = [["ART_261", "Article 261 du CGI"], ["ART_262", "Article 262 du CGI"], ["ART_283", "Autoliquidation (article 283 du CGI)"], ["ART_293B", "TVA non applicable, article 293 B du CGI"]];
const TYPES_PJ = [[1, "FACTURE", "Facture"], [2, "BON_COMMANDE", "Bon de commande"], [3, "BON_LIVRAISON", "Bon de livraison"], [4, "CONTRAT", "Contrat"], [5, "AUTRE", "Autre"]] as const;

export function register(router: Router): void {
  const r = (path: string, handler: (body: Record<string, unknown>) => object) =>
    router.cpro("transverses", `${T}/${path}`, (ctx) => ({ json: { ...OKT(), ...handler((ctx.body ?? {}) as Record<string, unknown>) } }));

  r("devises", () => ({ listeDevises: DEVISES.map(([codeDevise, libelleDevise]) => ({ codeDevise, libelleDevise })) }));
  r("pays", () => ({ listePays: PAYS.map(([codePays, libellePays]) => ({ codePays, libellePays })) }));
  r("tauxtva", () => ({ listeTauxTva: TAUX.map(([codeTauxTva, libelleTauxTva, valeurTauxTva]) => ({ codeTauxTva, libelleTauxTva, valeurTauxTva })) }));
  r("motifs/exonerationtva", () => ({ listeMotifsExonerationTva: EXONERATIONS.map(([codeMotifExonerationTva, libelleMotifExonerationTva]) => ({ codeMotifExonerationTva, libelleMotifExonerationTva })) }));
  r("modereglements", () => ({ listeModePaiement: MODES_PAIEMENT.map((modePaiement) => ({ modePaiement })) }));
  r("cadrefacturation", (b) => {
    const t = z.object({ typeDemandePaiement: opt(zStr) }).loose().parse(b).typeDemandePaiement;
    const list = t === "FACTURE" ? CADRES.filter((c) => ["A1_", "A2_", "A9_", "A12"].some((p) => c.startsWith(p))) : t === "FACTURE_TRAVAUX" ? CADRES.filter((c) => !["A1_", "A2_", "A3_", "A9_", "A12", "A21"].some((p) => c.startsWith(p))) : CADRES;
    return { listeCadreFacturation: list.map((codeCadreFacturation) => ({ codeCadreFacturation })) };
  });
  r("modedepot", () => ({ listeModeDepot: MODES_DEPOT.map((modeDepot) => ({ modeDepot })), ...counters(MODES_DEPOT.length) }));
  // SEEN-3P [ZMOG IFormatFlux].
  r("formatflux", () => ({ listeFormatFlux: ["IN_DP_E1_STRUCT", "IN_DP_E2_MIXTE", "IN_DP_E2_FACTURX"].map((formatFlux) => ({ formatFlux })), ...counters(3) }));
  r("typedp", () => ({ listeTypeDemandePaiement: TYPES_DEMANDE_PAIEMENT.map((typeDemandePaiement) => ({ typeDemandePaiement })) }));
  r("etat/typedp", () => ({ listeEtatDemandePaiement: STATUTS.map((etatDemandePaiement) => ({ etatDemandePaiement })) }));
  r("etats/traitement", (b) => {
    const s = z.object({ statutCourant: opt(zStr) }).loose().parse(b).statutCourant ?? "MISE_A_DISPOSITION";
    return { listeStatutsPossiblesPourTraitement: traiterRecueTargets(s as Statut).map((statutPossiblePourTraitement) => ({ statutPossiblePourTraitement })) };
  });
  r("typefacturetravaux", () => ({ listeTypeFactureTravaux: TYPES_FACTURE_TRAVAUX.map((typeFactureTravaux) => ({ typeFactureTravaux })) }));
  r("typeidentifiant/structure", () => ({ listeTypeIdentifiant: TYPES_IDENTIFIANT.map((typeIdentifiantStructure) => ({ typeIdentifiantStructure })) }));
  r("typespj", (b) => {
    const typeObjet = z.object({ typeObjet: opt(zStr) }).loose().parse(b).typeObjet ?? "FACTURE";
    return { listeTypePieceJointe: TYPES_PJ.map(([idTypePieceJointe, codeTypePieceJointe, libelleTypePieceJointe]) => ({ idTypePieceJointe, codeTypePieceJointe, libelleTypePieceJointe, typeObjet })) };
  });
  r("motifs/refus/Facture/AValider", (b) => {
    z.object({ codeCadreFacturationAValider: opt(zStr) }).loose().parse(b);
    // INFERRED (LIFECYCLE §9): idMotif 1..n in the order of LIFECYCLE §3.
    return { listeMotifRefusFactureAValider: MOTIFS_REFUS_A_VALIDER.map(([codeMotif, libelleMotif], i) => ({ idMotif: i + 1, codeMotif, libelleMotif })) };
  });
  router.cpro("transverses", `${T}/coordbanc/valides`, (ctx) => {
    const id = z.object({ idStructure: opt(zInt) }).loose().parse(ctx.body).idStructure ?? ctx.structure.idStructureCPP;
    // Bank details are private: only the caller's own structure answers.
    const s = id === ctx.structure.idStructureCPP ? ctx.structure : undefined;
    const list = (s?.coordBancaires ?? []).map((c) => ({ idCoordonneeBancaire: c.idCoordonneeBancaire, nomCoordonneeBancaire: c.nomCoordonneeBancaire }));
    return { json: { ...OKT(), listeCoordonneeBancaire: list, ...counters(list.length) } };
  });
}
