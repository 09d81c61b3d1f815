// deposer/pdf: Chorus Pro "interprets" the PDF (OCR) and answers draft data; the draft (INTERPRETEE_OCR) is
// finalised by soumettre. The sandbox reads a Factur-X XML when there is one, else answers empty fields.
import { isoDate, isoDateTime } from "./clock";
import type { Platform } from "./lifecycle";
import type { NamespaceStore } from "./store";
import type { Structure, User } from "./types";
import { parseInvoiceXml, type ParsedInvoice } from "./xml-invoice";

export async function draftFromPdf(p: Platform, ns: NamespaceStore, structure: Structure, user: User, nomFichier: string, bytes: Buffer, xml: string | undefined) {
  void p;
  let x: ParsedInvoice | undefined;
  try { x = xml ? parseInvoiceXml(xml) : undefined; } catch { x = undefined; }
  const att = { id: ++ns.seq.attachment, nom: nomFichier.slice(0, 50), mime: "application/pdf", extension: "pdf", size: bytes.length, base64: bytes.toString("base64"), idStructure: structure.idStructureCPP, idUtilisateur: user.idUtilisateur };
  ns.attachments.set(att.id, att);
  const id = ns.nextInvoiceId();
  const dest = x ? ns.structuresByIdentifiant.get(x.buyerId) : undefined;
  ns.addInvoice({
    id, numero: x?.numero ?? "", statut: "INTERPRETEE_OCR", cadre: "A1_FACTURE_FOURNISSEUR", typeDemandePaiement: "FACTURE", typeFacture: x?.typeFacture ?? "FACTURE",
    modeDepot: "DEPOT_PDF_API", idFournisseur: structure.idStructureCPP, idDestinataire: dest?.idStructureCPP ?? -1, dateFacture: x?.dateFacture ?? isoDate(), dateDepot: isoDate(),
    dateHeureEtatCourant: isoDateTime(), devise: x?.devise ?? "EUR", typeTva: "TVA_SUR_DEBIT", montantHT: x?.ht ?? 0, montantTVA: x?.tva ?? 0, montantTTC: x?.ttc ?? 0,
    montantRemise: 0, montantAPayer: x?.apayer ?? 0, lignes: [], lignesTva: [], pjPrincipale: { id: att.id, idLiaison: ns.seq.liaison++, designation: att.nom, typeCode: "FACTURE" },
    pjComplementaires: [], rejetTraite: false, telechargee: false, visibleDestinataire: false, idUtilisateurCreateur: user.idUtilisateur, taille: bytes.length,
    histoStatuts: [], histoEvenements: [], histoActions: [],
  });
  const inv = ns.invoices.get(id)!;
  ns.setStatus(inv, "INTERPRETEE_OCR", { idUtilisateur: user.idUtilisateur });
  // SW-FACT WsRetourDeposerPdfFacture: every field is required, so unknown values are empty, never null.
  return {
    numeroFacture: x?.numero ?? "", dateFacture: x?.dateFacture ?? "", codeDestinataire: x?.buyerId ?? "", codeServiceExecutant: x?.serviceCode ?? "",
    codeFournisseur: structure.identifiantStructure, codeDeviseFacture: x?.devise ?? "EUR", typeFacture: x?.typeFacture ?? "FACTURE", typeTva: "TVA_SUR_DEBIT",
    numeroBonCommande: x?.engagement ?? "", montantTtcAvantRemiseGlobalTTC: x?.ttc ?? 0, montantAPayer: x?.apayer ?? 0, montantHtTotal: x?.ht ?? 0,
    montantTVA: x?.tva ?? 0, pieceJointeId: att.id,
  };
}
