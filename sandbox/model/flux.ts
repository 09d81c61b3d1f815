// deposer/flux: the file is accepted at once (numeroFluxDepot) and processed asynchronously (LIFECYCLE §6):
// pending states, then IN_INTEGRE / IN_INTEGRE_PARTIEL / IN_REJETE, reported by consulterCR(Detaille).
import { archiveKindOf, readArchive } from "./archive";
import { isoDateTime } from "./clock";
import type { SyntaxeFlux } from "./enums";
import { BusinessError } from "./errors";
import { INFERRED } from "./inferred";
import type { Platform } from "./lifecycle";
import { extractEmbeddedXml } from "./pdf";
import type { NamespaceStore } from "./store";
import { checkSubmission, createInvoice, type Submission } from "./submit";
import type { Flux, Structure, User } from "./types";
import { FluxTechnicalError, parseInvoiceXml, type ParsedInvoice } from "./xml-invoice";

export function depositFlux(p: Platform, ns: NamespaceStore, structure: Structure, user: User, input: { base64: string; nomFichier: string; syntaxeFlux: SyntaxeFlux; size: number }): Flux {
  const now = isoDateTime();
  const flux: Flux = {
    numeroFluxDepot: ns.nextFluxNumber(), nomFichier: input.nomFichier, syntaxeFlux: input.syntaxeFlux, dateDepot: now.slice(0, 10),
    dateHeureEtatCourant: now, etat: INFERRED.fluxPendingStates[0], idStructure: structure.idStructureCPP, idUtilisateur: user.idUtilisateur,
    size: input.size, base64: input.base64, erreursDP: [], erreursTechniques: [], invoiceIds: [],
  };
  ns.flux.set(flux.numeroFluxDepot, flux);
  p.schedule(() => setState(flux, INFERRED.fluxPendingStates[1]), Math.floor(p.asyncDelayMs / 2));
  p.schedule(() => void processFlux(p, ns, structure, user, flux), p.asyncDelayMs);
  return flux;
}

function setState(flux: Flux, etat: string): void {
  flux.etat = etat;
  flux.dateHeureEtatCourant = isoDateTime();
}

/**
 * The documents inside a flux: one XML, one Factur-X PDF, or a .zip / .tar.gz batch of them, read
 * under the archive limits (model/archive.ts). Another extension is not a flux Chorus Pro accepts
 * (CONTRACT §7: .pdf .zip .xml .tar.gz).
 */
async function documents(flux: Flux): Promise<{ name: string; xml: string }[]> {
  const bytes = Buffer.from(flux.base64 ?? "", "base64");
  const one = async (name: string, data: Uint8Array): Promise<{ name: string; xml: string }> => {
    const isPdf = Buffer.from(data.subarray(0, 5)).toString("latin1") === "%PDF-";
    if (flux.syntaxeFlux === "IN_DP_E2_CII_FACTURX" || isPdf) {
      const xml = isPdf ? await extractEmbeddedXml(data) : undefined;
      if (!xml) throw new FluxTechnicalError("ERR_FMT_002", `IRRECEVABILITE: ${name} n'est pas un PDF Factur-X (XML embarqué absent)`);
      return { name, xml };
    }
    return { name, xml: Buffer.from(data).toString("utf8") };
  };
  const kind = archiveKindOf(flux.nomFichier);
  if (kind) return Promise.all(readArchive(kind, bytes).map((f) => one(f.name, f.data)));
  if (!/\.(xml|pdf)$/i.test(flux.nomFichier)) {
    throw new FluxTechnicalError("ERR_FMT_011", `IRRECEVABILITE: extension de fichier non acceptée (${flux.nomFichier}) : .pdf, .xml, .zip ou .tar.gz attendu`);
  }
  return [await one(flux.nomFichier, bytes)];
}

function expectedSyntax(s: SyntaxeFlux): "UBL" | "CII" | undefined {
  if (s.includes("UBL")) return "UBL";
  if (s.includes("CII")) return "CII";
  return undefined;
}

export async function processFlux(p: Platform, ns: NamespaceStore, structure: Structure, user: User, flux: Flux): Promise<void> {
  try {
    const expected = expectedSyntax(flux.syntaxeFlux);
    if (!expected) throw new FluxTechnicalError("ERR_FMT_001", `IRRECEVABILITE: syntaxe ${flux.syntaxeFlux} non prise en charge par le bac à sable`);
    for (const doc of await documents(flux)) {
      const parsed = parseInvoiceXml(doc.xml);
      if (parsed.syntax !== expected) throw new FluxTechnicalError("ERR_XSD_003", `IRRECEVABILITE: ${doc.name} n'est pas conforme à la syntaxe ${flux.syntaxeFlux}`);
      integrate(p, ns, structure, user, flux, parsed);
    }
    setState(flux, flux.invoiceIds.length === 0 ? "IN_REJETE" : flux.erreursDP.length ? "IN_INTEGRE_PARTIEL" : "IN_INTEGRE");
  } catch (e) {
    const err = e instanceof FluxTechnicalError ? e : new FluxTechnicalError("ERR_TECH_999", `IRRECEVABILITE: ${(e as Error).message}`);
    flux.erreursTechniques.push({ codeErreur: err.codeErreur, libelleErreur: err.message, natureErreur: "IRRECEVABILITE" });
    setState(flux, "IN_REJETE");
  }
  delete flux.base64;
}

function integrate(p: Platform, ns: NamespaceStore, structure: Structure, user: User, flux: Flux, x: ParsedInvoice): void {
  const s: Submission = {
    // INFERRED: invoices deposited as a flux through the API carry modeDepot UPLOAD_API.
    numero: x.numero, dateFacture: x.dateFacture, modeDepot: "UPLOAD_API", cadre: "A1_FACTURE_FOURNISSEUR",
    codeDestinataire: x.buyerId, codeServiceExecutant: x.serviceCode, idFournisseur: structure.idStructureCPP, devise: x.devise,
    typeFacture: x.typeFacture, numeroBonCommande: x.engagement, lignes: [], lignesTva: [], montantHT: x.ht, montantTVA: x.tva,
    montantTTC: x.ttc, montantAPayer: x.apayer, pjComplementaires: [], numeroFluxDepot: flux.numeroFluxDepot,
  };
  try {
    if (x.sellerId !== structure.identifiantStructure && !x.sellerId.endsWith(structure.identifiantStructure)) throw new BusinessError("FOURNISSEUR_INVALIDE", x.sellerId);
    if (!x.numero) throw new BusinessError("PARAM_INVALID", "numéro de facture absent");
    const parties = checkSubmission(ns, structure.idStructureCPP, s);
    const inv = createInvoice(p, ns, s, user, parties);
    inv.lignes = x.lines.map((l, i) => ({ numero: i + 1, denomination: l.denomination, quantite: l.quantite, unite: "unité", prixUnitaireHT: l.prixUnitaireHT, remiseHT: 0, tauxTvaManuel: l.taux, montantHT: Math.round(l.quantite * l.prixUnitaireHT * 100) / 100, montantTva: Math.round(l.quantite * l.prixUnitaireHT * (l.taux ?? 0)) / 100 }));
    flux.invoiceIds.push(inv.id);
  } catch (e) {
    if (!(e instanceof BusinessError)) throw e;
    flux.erreursDP.push({ identifiantDestinataire: x.buyerId, identifiantFournisseur: x.sellerId, libelleErreurDP: e.envelope().libelle, numeroDP: x.numero });
  }
}
