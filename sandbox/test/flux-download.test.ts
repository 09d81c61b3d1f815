// deposer/flux → consulterCRDetaille (IN_INTEGRE, IN_REJETE, DOCTYPE refused, Factur-X) and telecharger/groupe.
import { unzipSync } from "fflate";
import { AFRelationship, PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, soumettreBody, wait, type Env } from "./helpers";
import { ciiInvoice, ublInvoice } from "./xml-fixtures";

const F = "/cpro/factures/v1";
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 60, asyncDelayMs: 40 }); });
afterAll(() => env.sb.close());

async function deposit(content: Buffer | string, nomFichier: string, syntaxeFlux: string) {
  const r = await env.as(IDS.acme).post(`${F}/deposer/flux`, { fichierFlux: Buffer.from(content).toString("base64"), nomFichier, syntaxeFlux, avecSignature: false });
  expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
  expect(r.json.numeroFluxDepot).toMatch(/^CPP\d{22}$/);
  return r.json.numeroFluxDepot as string;
}
const cr = async (numeroFluxDepot: string) => (await env.as(IDS.acme).post("/cpro/transverses/v1/consulterCRDetaille", { numeroFluxDepot })).json;

describe("deposer/flux", () => {
  it("a UBL invoice is integrated and found by numeroFluxDepot", async () => {
    const n = await deposit(ublInvoice(env.ident(IDS.acme), env.ident(IDS.commune), "UBL-2026-1", { service: "FACTURES_PUBLIQUES" }), "f.xml", "IN_DP_E1_UBL_INVOICE");
    expect((await cr(n)).etatCourantDepotFlux).not.toBe("IN_INTEGRE");
    await wait(100);
    const report = await cr(n);
    expect(report).toMatchObject({ codeRetour: 0, etatCourantDepotFlux: "IN_INTEGRE", listeErreurDP: [], listeErreurTechnique: [] });
    const s = await env.as(IDS.acme).post(`${F}/rechercher/fournisseur`, { numeroFluxDepot: n });
    expect(s.json.listeFactures).toHaveLength(1);
    expect(s.json.listeFactures[0]).toMatchObject({ numeroFacture: "UBL-2026-1", numeroFluxDepot: n, montantTTC: 120, codeServiceExecutant: "FACTURES_PUBLIQUES" });
  });

  it("an XML with a DOCTYPE is refused (IN_REJETE, technical error), no invoice created", async () => {
    const n = await deposit(ublInvoice(env.ident(IDS.acme), env.ident(IDS.libre), "UBL-XXE", { doctype: true }), "xxe.xml", "IN_DP_E1_UBL_INVOICE");
    await wait(100);
    const report = await cr(n);
    expect(report.etatCourantDepotFlux).toBe("IN_REJETE");
    expect(report.listeErreurTechnique[0].libelleErreur).toMatch(/^IRRECEVABILITE: DOCTYPE/);
    expect((await env.as(IDS.acme).post(`${F}/rechercher/fournisseur`, { numeroFluxDepot: n })).json.codeRetour).toBe(20000);
  });

  it("a business error (service code required) rejects the invoice with listeErreurDP", async () => {
    const n = await deposit(ublInvoice(env.ident(IDS.acme), env.ident(IDS.commune), "UBL-NOSERV"), "f2.xml", "IN_DP_E1_UBL_INVOICE");
    await wait(100);
    const report = await cr(n);
    expect(report.etatCourantDepotFlux).toBe("IN_REJETE");
    expect(report.listeErreurDP[0]).toMatchObject({ numeroDP: "UBL-NOSERV", identifiantDestinataire: env.ident(IDS.commune) });
    expect(report.listeErreurDP[0].libelleErreurDP).toMatch(/code service est obligatoire/);
  });

  it("a Factur-X PDF (CII embedded) is integrated; syntax mismatch is refused", async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText("Factur-X");
    await doc.attach(Buffer.from(ciiInvoice(env.ident(IDS.acme), env.ident(IDS.libre), "FX-2026-1")), "factur-x.xml", { mimeType: "text/xml", afRelationship: AFRelationship.Data });
    const n = await deposit(Buffer.from(await doc.save()), "fx.pdf", "IN_DP_E2_CII_FACTURX");
    const bad = await deposit(ciiInvoice(env.ident(IDS.acme), env.ident(IDS.libre), "FX-2"), "cii.xml", "IN_DP_E1_UBL_INVOICE");
    await wait(150);
    expect((await cr(n)).etatCourantDepotFlux).toBe("IN_INTEGRE");
    expect((await cr(bad)).etatCourantDepotFlux).toBe("IN_REJETE");
    const s = await env.as(IDS.acme).post(`${F}/rechercher/fournisseur`, { numeroFluxDepot: n });
    expect(s.json.listeFactures[0]).toMatchObject({ numeroFacture: "FX-2026-1", montantHT: 200, montantTTC: 240 });
  });

  it("unknown numeroFluxDepot → POQ_MSG_01.003", async () => {
    const r = await env.as(IDS.acme).post("/cpro/transverses/v1/consulterCRDetaille", { numeroFluxDepot: "CPP0011110000000000009999" });
    expect([r.status, r.json.codeRetour, r.json.libelle]).toEqual([400, 20001, "POQ_MSG_01.003 - Flux introuvable."]);
  });
});

describe("telecharger/groupe", () => {
  it("returns a real ZIP whose entries are PDFs, and marks the recipient's download", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push((await env.as(IDS.acme).post(`${F}/soumettre`, soumettreBody(env))).json.identifiantFactureCPP);
    await wait(100);
    const r = await env.as(IDS.commune).post(`${F}/telecharger/groupe`, { format: "PDF", listeFacture: ids.map((idFacture) => ({ idFacture })) });
    expect(r.json.fichierResultat.startsWith("UEsDB")).toBe(true);
    const entries = unzipSync(Buffer.from(r.json.fichierResultat, "base64"));
    expect(Object.keys(entries)).toHaveLength(3);
    for (const data of Object.values(entries)) expect(Buffer.from(data.subarray(0, 4)).toString("latin1")).toBe("%PDF");
    const s = await env.as(IDS.commune).post(`${F}/rechercher/recipiendaire`, { factureTelechargeeParDestinataire: true, paramRecherche: { nbResultatsParPage: 50 } });
    expect(s.json.listeFactures.map((f: { idFacture: number }) => f.idFacture)).toEqual(expect.arrayContaining(ids));
  });

  it("refuses more invoices than the cap and invoices the caller cannot see", async () => {
    const tooMany = await env.as(IDS.acme).post(`${F}/telecharger/groupe`, { listeFacture: Array.from({ length: 51 }, (_, i) => ({ idFacture: 9_000_001 + i })) });
    expect([tooMany.status, tooMany.json.codeRetour]).toEqual([400, 20006]);
    const foreign = await env.as(IDS.acme).post(`${F}/telecharger/groupe`, { listeFacture: [{ idFacture: 1 }] });
    expect(foreign.json.codeRetour).toBe(20000);
  });
});
