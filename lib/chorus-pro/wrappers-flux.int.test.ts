import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AFRelationship, PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import { deposerFluxFacture, deposerPdfFacture, rechercherFacturesFournisseur, soumettreFacture } from "./factures";
import { deposerPdfFactureFichier } from "./file-operations";
import { invoice, newNamespace, siretOf, supplierSetup, ublInvoice, uniqueNumero, waitFor, type SandboxManifest } from "./int-helpers";
import { consulterCompteRendu, consulterCompteRenduDetaille } from "./transverses";

// Deposits (CONTRACT §4.1, LIFECYCLE §6): a flux is accepted at once and processed later; its
// reports (consulterCR / consulterCRDetaille) say when it ended and why invoices were rejected.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const COMMUNE = 26000001;
const dir = mkdtempSync(path.join(tmpdir(), "flux-it-"));
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 10_000, retryBudgetMs: 10_000 });
});

const finished = (numeroFluxDepot: string) =>
  waitFor(() => consulterCompteRenduDetaille(s.ctx, { numeroFluxDepot }), (r) => r.termine, `flux ${numeroFluxDepot} processed`);

describe("flux deposits and their reports", () => {
  it("a UBL flux is integrated: both reports say so and the invoice exists, deposited as UPLOAD_API", async () => {
    const numero = uniqueNumero("FLX");
    const xml = ublInvoice({ seller: siretOf(m, s.idFournisseur), buyer: s.recipient.identifiantStructure, numero });
    const depot = await deposerFluxFacture(s.ctx, { fichierFlux: b64(xml), nomFichier: `${numero}.xml`, syntaxeFlux: "IN_DP_E1_UBL_INVOICE" });
    expect(depot.numeroFluxDepot).toBeTruthy();
    expect(depot.dateDepot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const cr = await finished(depot.numeroFluxDepot);
    expect(cr).toMatchObject({ etatCourantDepotFlux: "IN_INTEGRE", listeErreurDP: [], listeErreurTechnique: [] });
    expect(cr.dateDepotFlux).toBeInstanceOf(Date);
    const simple = await consulterCompteRendu(s.ctx, { numeroFluxDepot: depot.numeroFluxDepot });
    expect(simple).toMatchObject({ numeroFluxDepot: depot.numeroFluxDepot, etatCourantFlux: "IN_INTEGRE", nomFichierFlux: `${numero}.xml` });
    expect(Buffer.from(simple.fichierCR ?? "", "base64").toString("utf8")).toContain(depot.numeroFluxDepot);
    const found = await rechercherFacturesFournisseur(s.ctx, { numeroFluxDepot: depot.numeroFluxDepot, idFournisseur: s.idFournisseur });
    expect(found.items.map((f) => [f.numeroFacture, f.modeDepot, f.montantTTC])).toEqual([[numero, "UPLOAD_API", "120"]]);
  });

  it("an invoice refused by the recipient's rules is listed in listeErreurDP, raw text kept", async () => {
    const numero = uniqueNumero("FLS");
    const xml = ublInvoice({ seller: siretOf(m, s.idFournisseur), buyer: siretOf(m, COMMUNE), numero });
    const depot = await deposerFluxFacture(s.ctx, { fichierFlux: b64(xml), nomFichier: `${numero}.xml`, syntaxeFlux: "IN_DP_E1_UBL_INVOICE" });
    const cr = await finished(depot.numeroFluxDepot);
    expect(cr.etatCourantDepotFlux).toBe("IN_REJETE");
    expect(cr.listeErreurDP).toHaveLength(1);
    expect(cr.listeErreurDP[0]).toMatchObject({ numeroDP: numero, identifiantDestinataire: siretOf(m, COMMUNE) });
    expect(cr.listeErreurDP[0]?.decodage.raw).toMatch(/code service est obligatoire/);
  });

  it("a flux in the wrong syntax is rejected with a technical error decoded as a schema problem", async () => {
    const numero = uniqueNumero("FLC");
    const xml = ublInvoice({ seller: siretOf(m, s.idFournisseur), buyer: s.recipient.identifiantStructure, numero });
    const depot = await deposerFluxFacture(s.ctx, { fichierFlux: b64(xml), nomFichier: `${numero}.xml`, syntaxeFlux: "IN_DP_E1_CII" });
    const cr = await finished(depot.numeroFluxDepot);
    expect(cr.etatCourantDepotFlux).toBe("IN_REJETE");
    expect(cr.listeErreurTechnique[0]).toMatchObject({ codeErreur: "ERR_XSD_003", decodage: { champ: "fichier" } });
  });

  it("an unknown flux number is a business error with a French message", async () => {
    const e = await caught(consulterCompteRenduDetaille(s.ctx, { numeroFluxDepot: "FLUX-INCONNU" }));
    expect(e).toMatchObject({ kind: "business", codeRetour: 20001 });
    expect(e.userMessage).toMatch(/Flux introuvable/);
    expect((await caught(consulterCompteRendu(s.ctx, { numeroFluxDepot: "FLUX-INCONNU" }))).codeRetour).toBe(20001);
  });
});

describe("PDF deposits (OCR drafts)", () => {
  async function facturX(numero: string) {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(Buffer.from(ublInvoice({ seller: siretOf(m, s.idFournisseur), buyer: s.recipient.identifiantStructure, numero })), "factur-x.xml", { mimeType: "text/xml", afRelationship: AFRelationship.Data });
    return Buffer.from(await doc.save());
  }

  it("a Factur-X PDF from disk becomes a typed draft that soumettre finalises with its pieceJointeId", async () => {
    const numero = uniqueNumero("PDF");
    const file = path.join(dir, `${numero}.pdf`);
    writeFileSync(file, await facturX(numero));
    const draft = await deposerPdfFactureFichier(s.ctx, { chemin: file, nomFichier: `${numero}.pdf`, formatDepot: "PDF_NON_SIGNE" });
    expect(draft).toMatchObject({ numeroFacture: numero, dateFacture: "2026-11-20", codeDestinataire: s.recipient.identifiantStructure, codeFournisseur: siretOf(m, s.idFournisseur), montantHtTotal: "100", montantTVA: "20", montantAPayer: "120" });
    expect(draft.pieceJointeId).toBeGreaterThan(0);
    const f = await soumettreFacture(s.ctx, { ...invoice(numero, s.idFournisseur, s.recipient.identifiantStructure), modeDepot: "DEPOT_PDF_API", pieceJointePrincipale: { pieceJointePrincipaleId: draft.pieceJointeId! } });
    expect(f.numeroFacture).toBe(numero);
    const found = await rechercherFacturesFournisseur(s.ctx, { numeroFacture: numero, idFournisseur: s.idFournisseur });
    expect(found.items.map((x) => x.modeDepot)).toEqual(["DEPOT_PDF_API"]);
  });

  it("the in-memory twin answers the same draft; a non-PDF is refused in French", async () => {
    const numero = uniqueNumero("PDM");
    const draft = await deposerPdfFacture(s.ctx, { fichierFacture: (await facturX(numero)).toString("base64"), nomFichier: "memoire.pdf", formatDepot: "PDF_NON_SIGNE" });
    expect(draft).toMatchObject({ numeroFacture: numero, montantTtcAvantRemiseGlobalTTC: "120" });
    const e = await caught(deposerPdfFacture(s.ctx, { fichierFacture: b64("pas un pdf"), nomFichier: "x.pdf", formatDepot: "PDF_NON_SIGNE" }));
    expect(e.kind).toBe("business");
    expect(e.userMessage).toMatch(/^Chorus Pro a refusé l'opération\. Motif : /);
  });

  // A PDF whose data cannot be read comes back with empty fields (dateFacture ""): read as absent.
  it("a plain PDF (nothing readable) still gives a draft with its pieceJointeId", async () => {
    const draft = await deposerPdfFacture(s.ctx, { fichierFacture: b64(PDF), nomFichier: "scan.pdf", formatDepot: "PDF_NON_SIGNE" });
    expect(draft.pieceJointeId).toBeGreaterThan(0);
    expect(draft.dateFacture).toBeUndefined();
  });
});
