// deposer/flux with a batch: each invoice of a .tar.gz (or .zip) integrated or rejected in consulterCRDetaille.
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, wait, type Env } from "./helpers";
import { pax, tarGz } from "./archive-fixtures";
import { ublInvoice } from "./xml-fixtures";

const F = "/cpro/factures/v1";
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 20, asyncDelayMs: 20 }); });
afterAll(() => env.sb.close());

async function deposit(content: Uint8Array, nomFichier: string) {
  const r = await env.as(IDS.acme).post(`${F}/deposer/flux`, { fichierFlux: Buffer.from(content).toString("base64"), nomFichier, syntaxeFlux: "IN_DP_E1_UBL_INVOICE", avecSignature: false });
  expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
  return r.json.numeroFluxDepot as string;
}

/** consulterCRDetaille once the flux has left its pending states. */
async function finalReport(numeroFluxDepot: string) {
  for (let i = 0; i < 100; i++) {
    const report = (await env.as(IDS.acme).post("/cpro/transverses/v1/consulterCRDetaille", { numeroFluxDepot })).json;
    if (/^IN_(INTEGRE|INTEGRE_PARTIEL|REJETE)$/.test(report.etatCourantDepotFlux)) return report;
    await wait(20);
  }
  throw new Error(`flux ${numeroFluxDepot} never reached a final state`);
}
const invoicesOf = async (numeroFluxDepot: string) =>
  ((await env.as(IDS.acme).post(`${F}/rechercher/fournisseur`, { numeroFluxDepot })).json.listeFactures ?? []).map((f: { numeroFacture: string }) => f.numeroFacture).sort();

describe("deposer/flux, batches", () => {
  it("integrates every invoice of a .tar.gz (folders and pax names read)", async () => {
    const [seller, buyer] = [env.ident(IDS.acme), env.ident(IDS.libre)];
    const n = await deposit(tarGz([
      { name: "lot/", type: "5" }, { name: "lot/a.xml", data: ublInvoice(seller, buyer, "TGZ-A") },
      pax({ path: `lot/${"n".repeat(120)}.xml` }), { name: "b.xml", data: ublInvoice(seller, buyer, "TGZ-B") },
    ]), "lot.tar.gz");
    expect(await finalReport(n)).toMatchObject({ etatCourantDepotFlux: "IN_INTEGRE", listeErreurDP: [], listeErreurTechnique: [] });
    expect(await invoicesOf(n)).toEqual(["TGZ-A", "TGZ-B"]);
  });

  it("rejects one invoice of a .tar.gz in listeErreurDP and integrates the other (IN_INTEGRE_PARTIEL)", async () => {
    const seller = env.ident(IDS.acme);
    const n = await deposit(tarGz([
      { name: "ok.xml", data: ublInvoice(seller, env.ident(IDS.libre), "TGZ-OK") },
      { name: "sans-service.xml", data: ublInvoice(seller, env.ident(IDS.commune), "TGZ-KO") },
    ]), "lot2.tar.gz");
    const report = await finalReport(n);
    expect(report.etatCourantDepotFlux).toBe("IN_INTEGRE_PARTIEL");
    expect(report.listeErreurDP).toHaveLength(1);
    expect(report.listeErreurDP[0]).toMatchObject({ numeroDP: "TGZ-KO" });
    expect(await invoicesOf(n)).toEqual(["TGZ-OK"]);
  });

  it("integrates a .zip batch the same way", async () => {
    const [seller, buyer] = [env.ident(IDS.acme), env.ident(IDS.libre)];
    const n = await deposit(zipSync({ "a.xml": Buffer.from(ublInvoice(seller, buyer, "ZIP-A")), "b.xml": Buffer.from(ublInvoice(seller, buyer, "ZIP-B")) }), "lot.zip");
    expect((await finalReport(n)).etatCourantDepotFlux).toBe("IN_INTEGRE");
    expect(await invoicesOf(n)).toEqual(["ZIP-A", "ZIP-B"]);
  });

  it("rejects a hostile or unreadable archive as a whole (IN_REJETE, listeErreurTechnique), no invoice created", async () => {
    const xml = ublInvoice(env.ident(IDS.acme), env.ident(IDS.libre), "TGZ-EVIL");
    const cases: [Uint8Array, string, string][] = [
      [tarGz([{ name: "../../evil.xml", data: xml }]), "evil.tar.gz", "ERR_FMT_005"],
      [tarGz([{ name: "ok.xml", data: xml }, { name: "lien.xml", type: "2" }]), "lien.tar.gz", "ERR_FMT_006"],
      [tarGz([{ name: "ok.xml", data: xml }]).subarray(0, 40), "tronque.tar.gz", "ERR_FMT_004"],
      [tarGz([{ name: "ok.xml", data: xml }]), "lot.tgz", "ERR_FMT_011"],
    ];
    for (const [content, name, code] of cases) {
      const n = await deposit(content, name);
      const report = await finalReport(n);
      expect(report.etatCourantDepotFlux, name).toBe("IN_REJETE");
      expect(report.listeErreurTechnique[0], name).toMatchObject({ codeErreur: code });
      expect(report.listeErreurTechnique[0].libelleErreur).toMatch(/^IRRECEVABILITE: /);
      expect(await invoicesOf(n)).toEqual([]);
    }
  });
});
