// Helpers of the integration tests (real sandbox over HTTP, started by test/global-setup.ts).
// Test-only: imported by *.int.test.ts files, never by the gateway.
import { encryptSecret } from "@/lib/crypto";
import type { ChorusContext } from "./types";

export interface SandboxManifest {
  namespace: string;
  pisteClients: Array<{ client_id: string; client_secret: string }>;
  technicalAccounts: Array<{ login: string; password: string; idStructureCPP: number; identifiantStructure: string }>;
  structures: Array<{ idStructureCPP: number; identifiantStructure: string; typeIdentifiantStructure?: string; designationStructure: string; typeStructure: "PUBLIQUE" | "PRIVEE" }>;
  users: Array<{ idUtilisateur: number; persona: string | null; rattachements: Array<{ idStructureCPP: number; roles: string[]; technicalAccountLogin: string }> }>;
}

export const sandboxUrl = () => {
  const url = process.env.SANDBOX_URL;
  if (!url) throw new Error("SANDBOX_URL unset: run through npm run test:integration");
  return url.replace(/\/+$/, "");
};

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandboxUrl()}${path}`, {
    method, headers: body === undefined ? {} : { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const newNamespace = () => control<SandboxManifest>("POST", "/__sandbox/namespaces", {});
/** The manifest of an existing namespace ("default" when none is named: the PPF annuaire serves that one). */
export const sandboxManifest = (namespace?: string) => control<SandboxManifest>("GET", `/__sandbox/manifest${namespace ? `?namespace=${encodeURIComponent(namespace)}` : ""}`);
export const sandboxStats = () => control<{ tokensIssued: number; requests: { byOperation: Record<string, number>; byStatus: Record<string, number> } }>("GET", "/__sandbox/stats");
export interface Fault {
  path?: string; probability?: number; latencyMs?: number; status?: 429 | 500 | 502 | 503 | 504; timeout?: boolean; revokeToken?: boolean; count?: number;
  /** the write is applied, then its answer is lost (5xx or held socket): see sandbox/README.md */
  after?: boolean;
}
export const setFaults = (faults: Fault[], seed?: number) => control("POST", "/__sandbox/faults", { faults, seed });
export const clearFaults = () => control("DELETE", "/__sandbox/faults");

/** The supplier of the "fournisseur" persona, its technical account, and a recipient without constraints. */
export function supplierSetup(m: SandboxManifest) {
  const user = m.users.find((u) => u.persona === "fournisseur") ?? m.users[0];
  const rattachement = user?.rattachements[0];
  const account = m.technicalAccounts.find((a) => a.login === rattachement?.technicalAccountLogin) ?? m.technicalAccounts[0];
  const recipient = m.structures.find((s) => s.typeStructure === "PUBLIQUE" && /SANS CONTRAINTE/i.test(s.designationStructure))
    ?? m.structures.find((s) => s.typeStructure === "PUBLIQUE");
  if (!user || !account || !recipient) throw new Error("manifest lacks a supplier, account or recipient");
  const ctx: ChorusContext = { technicalAccount: { login: account.login, passwordEnc: encryptSecret(account.password) }, idUtilisateurCourant: user.idUtilisateur };
  return { user, account, recipient, ctx, idFournisseur: rattachement?.idStructureCPP ?? account.idStructureCPP };
}

/** The context of the technical account of one structure, acting as one of its users when given. */
export function contextFor(m: SandboxManifest, idStructureCPP: number, idUtilisateur?: number): ChorusContext {
  const a = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP);
  if (!a) throw new Error(`no technical account for ${idStructureCPP} in the manifest`);
  return { technicalAccount: { login: a.login, passwordEnc: encryptSecret(a.password) }, ...(idUtilisateur === undefined ? {} : { idUtilisateurCourant: idUtilisateur }) };
}

/** The SIRET (identifiantStructure) of a structure of the manifest. */
export function siretOf(m: SandboxManifest, idStructureCPP: number): string {
  const s = m.structures.find((x) => x.idStructureCPP === idStructureCPP);
  if (!s) throw new Error(`no structure ${idStructureCPP} in the manifest`);
  return s.identifiantStructure;
}

export function invoice(numero: string, idFournisseur: number, codeDestinataire: string) {
  return {
    modeDepot: "SAISIE_API" as const, numeroFactureSaisi: numero, dateFacture: "2026-04-03",
    destinataire: { codeDestinataire }, fournisseur: { idFournisseur },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" as const },
    references: { deviseFacture: "EUR", typeFacture: "FACTURE" as const, typeTva: "TVA_SUR_DEBIT" as const, modePaiement: "VIREMENT" as const },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: "Prestation", lignePosteQuantite: "1", lignePosteMontantUnitaireHT: "100.00", lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: "100.00", ligneTvaMontantTvaParTaux: "20.00" }],
    montantTotal: { montantHtTotal: "100.00", montantTVA: "20.00", montantTtcTotal: "120.00", montantAPayer: "120.00" },
  };
}

/** A number no other test run uses (Chorus Pro caps invoice numbers at 20 characters). */
export const uniqueNumero = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.toUpperCase().slice(0, 20);

/**
 * Polls until `accept` holds (the sandbox moves DEPOSEE → MISE_A_DISPOSITION and processes flux
 * asynchronously). Bounded by time, never by speed: the machine may be slow.
 */
export async function waitFor<T>(read: () => Promise<T>, accept: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (accept(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A minimal EN 16931 UBL invoice (one line, 20 % VAT) the sandbox integrates from a flux. */
export function ublInvoice(o: { seller: string; buyer: string; numero: string; service?: string }): string {
  const party = (id: string, name: string) => `<cac:Party><cac:PostalAddress><cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75001</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyLegalEntity><cbc:RegistrationName>${name}</cbc:RegistrationName><cbc:CompanyID schemeID="0009">${id}</cbc:CompanyID></cac:PartyLegalEntity></cac:Party>`;
  const amount = (tag: string, v: string) => `<cbc:${tag} currencyID="EUR">${v}</cbc:${tag}>`;
  const tax = `<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID><cbc:ID>${o.numero}</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>${o.service ? `<cbc:BuyerReference>${o.service}</cbc:BuyerReference>` : ""}
<cac:AccountingSupplierParty>${party(o.seller, "FOURNISSEUR")}</cac:AccountingSupplierParty><cac:AccountingCustomerParty>${party(o.buyer, "ACHETEUR PUBLIC")}</cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal>${amount("TaxAmount", "20.00")}<cac:TaxSubtotal>${amount("TaxableAmount", "100.00")}${amount("TaxAmount", "20.00")}${tax}</cac:TaxSubtotal></cac:TaxTotal>
<cac:LegalMonetaryTotal>${amount("LineExtensionAmount", "100.00")}${amount("TaxExclusiveAmount", "100.00")}${amount("TaxInclusiveAmount", "120.00")}${amount("PayableAmount", "120.00")}</cac:LegalMonetaryTotal>
<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>${amount("LineExtensionAmount", "100.00")}<cac:Item><cbc:Name>Prestation</cbc:Name>${tax.replace(/TaxCategory/g, "ClassifiedTaxCategory")}</cac:Item><cac:Price>${amount("PriceAmount", "100.00")}</cac:Price></cac:InvoiceLine>
</Invoice>`;
}
