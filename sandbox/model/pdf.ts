// Real PDFs (pdf-lib) for telecharger/groupe, and Factur-X reading (the XML embedded in a PDF/A-3).
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts, rgb } from "pdf-lib";
import type { NamespaceStore } from "./store";
import type { Invoice } from "./types";

/** Standard fonts only encode WinAnsi: replace anything else so that odd input never breaks a download. */
const safe = (s: string | undefined) => (s ?? "").replace(/[^\x20-\x7e\xa0-\xff€]/g, "?");
const eur = (n: number) => `${n.toFixed(2).replace(".", ",")} EUR`;

export async function renderInvoicePdf(ns: NamespaceStore, inv: Invoice): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Facture ${inv.numero}`);
  doc.setProducer("Chorus Pro sandbox");
  doc.setCreationDate(new Date(inv.dateDepot + "T00:00:00Z"));
  doc.setModificationDate(new Date(inv.dateDepot + "T00:00:00Z"));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  let y = 800;
  const line = (text: string, size = 10, f = font) => {
    page.drawText(safe(text), { x: 50, y, size, font: f, color: rgb(0.1, 0.1, 0.2) });
    y -= size + 6;
  };
  const f = ns.structures.get(inv.idFournisseur), d = ns.structures.get(inv.idDestinataire);
  line(`${inv.typeFacture === "AVOIR" ? "AVOIR" : "FACTURE"} ${inv.numero}`, 18, bold);
  line(`Identifiant Chorus Pro : ${inv.id} - Statut : ${inv.statut} - Cadre : ${inv.cadre}`);
  line(`Date de facture : ${inv.dateFacture} - Date de dépôt : ${inv.dateDepot}`);
  y -= 10;
  line("Fournisseur", 12, bold);
  line(`${f?.designationStructure ?? ""} (${f?.typeIdentifiantStructure ?? ""} ${f?.identifiantStructure ?? ""})`);
  line(`${f?.adresse.adresse ?? ""}, ${f?.adresse.codePostal ?? ""} ${f?.adresse.ville ?? ""}`);
  line("Destinataire", 12, bold);
  line(`${d?.designationStructure ?? ""} (SIRET ${d?.identifiantStructure ?? ""})`);
  if (inv.numeroBonCommande) line(`Engagement juridique : ${inv.numeroBonCommande}`);
  y -= 10;
  line("Lignes", 12, bold);
  for (const l of inv.lignes.slice(0, 30)) line(`${l.numero}. ${l.denomination} - ${l.quantite} x ${eur(l.prixUnitaireHT)} = ${eur(l.montantHT)} HT (${l.tauxTvaCode ?? ""})`);
  y -= 10;
  line(`Total HT : ${eur(inv.montantHT)}`, 11, bold);
  line(`TVA : ${eur(inv.montantTVA)}`, 11, bold);
  line(`Total TTC : ${eur(inv.montantTTC)} - Net à payer : ${eur(inv.montantAPayer)}`, 11, bold);
  return doc.save({ useObjectStreams: false });
}

/** Returns the first embedded *.xml file of a PDF (Factur-X / ZUGFeRD), or undefined. */
export async function extractEmbeddedXml(bytes: Uint8Array): Promise<string | undefined> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return undefined;
  }
  const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const embedded = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  const arr = embedded?.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (!arr) return undefined;
  for (let i = 0; i + 1 < arr.size(); i += 2) {
    const spec = arr.lookup(i + 1, PDFDict);
    const ef = spec.lookupMaybe(PDFName.of("EF"), PDFDict);
    const stream = ef?.lookup(PDFName.of("F"));
    if (!(stream instanceof PDFRawStream)) continue;
    const data = decodePDFRawStream(stream).decode();
    const text = Buffer.from(data).toString("utf8");
    if (text.includes("<")) return text;
  }
  return undefined;
}
