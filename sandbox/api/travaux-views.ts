// Wire shapes of works pieces and billing files. List item fields: SEEN [PASTELL; COMM search-works-invoice]
// (CONTRACT §4.5); detail and dossier shapes: INFERRED (documented in sandbox/README.md).
import type { NamespaceStore } from "../model/store";
import { ANOMALIES, awaited, partyId } from "../model/travaux-rules";
import type { Invoice, Structure } from "../model/types";

const svc = (s: Structure | undefined, id: number | undefined) => (id === undefined ? undefined : s?.services.find((x) => x.idService === id));

/** listeFacturesTravaux[] item. */
export function travauxItem(ns: NamespaceStore, i: Invoice) {
  const f = ns.structures.get(i.idFournisseur), d = ns.structures.get(i.idDestinataire), moe = ns.structure(i.idMoe), moa = ns.structure(i.idMoa);
  return {
    idFactureTravaux: i.id, numeroFactureTravaux: i.numero, statutFactureTravaux: i.statut, typeFactureTravaux: i.typeFactureTravaux,
    typeDemandePaiement: i.typeDemandePaiement, cadreFacturation: i.cadre, identifiantFournisseur: f?.identifiantStructure,
    typeIdentifiantFournisseur: f?.typeIdentifiantStructure, designationFournisseur: f?.designationStructure, idFournisseur: i.idFournisseur,
    identifiantDestinataire: d?.identifiantStructure, idDestinataire: i.idDestinataire, designationDestinataire: d?.designationStructure,
    dateDepot: i.dateDepot, dateFactureTravaux: i.dateFacture, dateHeureEtatCourant: i.dateHeureEtatCourant, devise: i.devise,
    montantHT: i.montantHT, montantTTC: i.montantTTC, montantAPayer: i.montantAPayer, factureTelechargeeParDestinataire: i.telechargee,
    codeServiceExecutant: svc(d, i.idServiceExecutant)?.codeService, codeServiceFournisseur: svc(f, i.idServiceFournisseur)?.codeService,
    codeServiceMoa: svc(moa, i.idServiceMoa)?.codeService, codeServiceMoe: svc(moe, i.idServiceMoe)?.codeService,
    idStructureMoe: i.idMoe, identifiantMoe: moe?.identifiantStructure, designationMoe: moe?.designationStructure,
    idStructureMoa: i.idMoa, identifiantMoa: moa?.identifiantStructure, designationMoa: moa?.designationStructure,
    idStructureValideur: i.idValideur, numeroMarche: i.numeroMarche, numeroBonCommande: i.numeroBonCommande,
    idDossierFacturation: i.idDossier, idPiecePrecedente: i.idPiecePrecedente, idPieceSuivante: i.idPieceSuivante, modeDepot: i.modeDepot,
  };
}

function party(ns: NamespaceStore, id: number | undefined, idService?: number) {
  const s = ns.structure(id);
  if (!s) return undefined;
  const service = svc(s, idService);
  return { idStructure: s.idStructureCPP, identifiantStructure: s.identifiantStructure, typeIdentifiantStructure: s.typeIdentifiantStructure, designationStructure: s.designationStructure, idService: service?.idService, codeService: service?.codeService };
}

export function anomalie(i: Invoice): string | undefined {
  return ANOMALIES[i.statut] ? `${ANOMALIES[i.statut]}${i.commentaireEtatCourant ? ` (${i.commentaireEtatCourant})` : ""}` : undefined;
}

/** consulter: one piece with its parties, links, awaited actor and history. */
export function travauxDetail(ns: NamespaceStore, i: Invoice) {
  const who = awaited(i);
  return {
    ...travauxItem(ns, i), commentaire: i.commentaire, commentaireEtatCourant: i.commentaireEtatCourant, typeTva: i.typeTva, montantTVA: i.montantTVA,
    fournisseur: party(ns, i.idFournisseur, i.idServiceFournisseur), moe: party(ns, i.idMoe, i.idServiceMoe), moa: party(ns, i.idMoa, i.idServiceMoa),
    destinataire: party(ns, i.idDestinataire, i.idServiceExecutant), valideur: party(ns, i.idValideur),
    acteurAttendu: who === "deposant" ? "DEPOSANT" : who?.toUpperCase(), idStructureAttendue: who ? partyId(i, who) : undefined,
    anomalie: anomalie(i),
    listePiecesJointesComplementaires: i.pjComplementaires.map((p) => ({ idPieceJointe: p.id, designation: p.designation, typePieceJointe: p.typeCode })),
    historiqueStatuts: i.histoStatuts.map((h) => ({ statut: h.code, dateHeure: h.date, commentaire: h.commentaire, idUtilisateur: h.idUtilisateur })),
    historiqueEvenements: i.histoEvenements.map((h) => ({ libelle: h.libelle, dateHeure: h.date, auteur: h.qui })),
  };
}

/** consulter/dossierfacturation: the chain of pieces, the parties of the file, anomalies and merged history. */
export function dossierView(ns: NamespaceStore, pieces: Invoice[]) {
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const anomalies = pieces.filter((p) => anomalie(p)).map((p) => ({ idFactureTravaux: p.id, numeroFactureTravaux: p.numero, statutFactureTravaux: p.statut, libelleAnomalie: anomalie(p) }));
  const historique = pieces
    .flatMap((p) => [
      ...p.histoStatuts.map((h) => ({ idFactureTravaux: p.id, dateHeure: h.date, statut: h.code as string | undefined, libelle: h.commentaire, idUtilisateur: h.idUtilisateur, ordre: h.id })),
      ...p.histoEvenements.map((h) => ({ idFactureTravaux: p.id, dateHeure: h.date, statut: undefined, libelle: h.libelle, idUtilisateur: undefined, ordre: h.id })),
    ])
    .sort((a, b) => (a.dateHeure < b.dateHeure ? -1 : a.dateHeure > b.dateHeure ? 1 : a.ordre - b.ordre))
    .map(({ ordre: _o, ...h }) => h);
  return {
    idDossierFacturation: first.idDossier, cycle: first.cadre.match(/^A(7|11|14|17|18|20|8)_/) ? "FINAL" : "MENSUEL", numeroMarche: first.numeroMarche,
    statutDossier: last.statut, idDernierePiece: last.id, enAnomalie: anomalies.length > 0, anomalies,
    fournisseur: party(ns, first.idTitulaire ?? first.idFournisseur), sousTraitant: party(ns, first.idSousTraitant),
    moe: party(ns, last.idMoe, last.idServiceMoe), moa: party(ns, last.idMoa, last.idServiceMoa),
    destinataire: party(ns, last.idDestinataire, last.idServiceExecutant), valideur: party(ns, last.idValideur),
    listePieces: pieces.map((p) => ({
      idFactureTravaux: p.id, numeroFactureTravaux: p.numero, cadreFacturation: p.cadre, typeFactureTravaux: p.typeFactureTravaux,
      statutFactureTravaux: p.statut, idPiecePrecedente: p.idPiecePrecedente, idPieceSuivante: p.idPieceSuivante,
      deposant: party(ns, p.idFournisseur), dateDepot: p.dateDepot, montantHT: p.montantHT, montantTTC: p.montantTTC, montantAPayer: p.montantAPayer,
    })),
    historique,
  };
}
