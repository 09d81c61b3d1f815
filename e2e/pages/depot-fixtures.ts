import { readFileSync } from "node:fs";
import path from "node:path";
import { SANDBOX_URL } from "../env";

// Files for the deposit tests, made at run time (the CEN samples are read from ../shared, never
// copied into the repository).

export const SAMPLES_DIR = path.resolve(process.cwd(), "../shared/reference/invoice-samples");
export const readSample = (relative: string) => readFileSync(path.join(SAMPLES_DIR, relative));

type Manifest = {
  structures: { idStructureCPP: number; identifiantStructure: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
  pisteClients: { client_id: string; client_secret: string }[];
};
export async function sandboxManifest(): Promise<Manifest> {
  const res = await fetch(`${SANDBOX_URL}/__sandbox/manifest`);
  return (await res.json()) as Manifest;
}
export async function siretOf(idStructureCPP: number): Promise<string> {
  const s = (await sandboxManifest()).structures.find((x) => x.idStructureCPP === idStructureCPP);
  if (!s) throw new Error(`structure ${idStructureCPP} not in the sandbox manifest`);
  return s.identifiantStructure;
}

export const uniqueNumber = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`.slice(0, 20);

/** A complete EN 16931 UBL invoice (one line, 20 % VAT) that Chorus Pro's rules accept. */
export function validUbl(o: { seller: string; buyer: string; numero: string; service?: string; ht?: string }): string {
  const ht = o.ht ?? "100.00";
  const tva = (Number(ht) * 0.2).toFixed(2);
  const ttc = (Number(ht) + Number(tva)).toFixed(2);
  const party = (id: string, name: string) => `<cac:Party><cac:PostalAddress><cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75001</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyLegalEntity><cbc:RegistrationName>${name}</cbc:RegistrationName><cbc:CompanyID schemeID="0009">${id}</cbc:CompanyID></cac:PartyLegalEntity></cac:Party>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>${o.numero}</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate><cbc:DueDate>2026-12-20</cbc:DueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>${o.service ? `<cbc:BuyerReference>${o.service}</cbc:BuyerReference>` : ""}
  <cac:AccountingSupplierParty>${party(o.seller, "ACME FOURNITURES SAS").replace("</cac:PostalAddress>", `</cac:PostalAddress><cac:PartyTaxScheme><cbc:CompanyID>FR32${o.seller.slice(0, 9)}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`)}</cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>${party(o.buyer, "ACHETEUR PUBLIC")}</cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">${tva}</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">${ht}</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">${tva}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">${ht}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">${ht}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">${ttc}</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">${ttc}</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">${ht}</cbc:LineExtensionAmount><cac:Item><cbc:Name>Prestation</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">${ht}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>`;
}

/** The smallest well-formed PDF (one empty page) with a correct xref table. */
export function minimalPdf(): Buffer {
  const objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** Calls the sandbox's Chorus Pro API as a structure's technical account (test seeding only). */
export async function sandboxCall<T>(idStructureCPP: number, apiPath: string, body: unknown): Promise<T> {
  const m = await sandboxManifest();
  const client = m.pisteClients[0];
  const account = m.technicalAccounts.find((a) => a.idStructureCPP === idStructureCPP);
  if (!client || !account) throw new Error("sandbox manifest without PISTE client or technical account");
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: client.client_id, client_secret: client.client_secret, scope: "openid" });
  const token = ((await (await fetch(`${SANDBOX_URL}/api/oauth/token`, { method: "POST", body: form })).json()) as { access_token: string }).access_token;
  const res = await fetch(`${SANDBOX_URL}${apiPath}`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`, "cpro-account": Buffer.from(`${account.login}:${account.password}`).toString("base64"),
      "Content-Type": "application/json;charset=utf-8", Accept: "application/json;charset=utf-8",
    },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

type Found = { listeFactures?: { identifiantFactureCPP: number; numeroFacture: string; rejetTraite?: boolean }[] };
/** ACME's invoices in a status (seeded by the sandbox), newest first. */
export async function acmeInvoicesIn(statut: string): Promise<Found["listeFactures"] & object> {
  const r = await sandboxCall<Found>(27000001, "/cpro/factures/v1/rechercher/fournisseur", {
    statutCourant: [statut], rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 100 },
  });
  return r.listeFactures ?? [];
}
