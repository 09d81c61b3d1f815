// Reads the fields Chorus Pro routes and checks on from UBL Invoice/CreditNote and CII CrossIndustryInvoice.
// Any DOCTYPE is refused before parsing (no entity expansion, ever).
import { XMLParser } from "fast-xml-parser";
import { INFERRED } from "./inferred";

export class FluxTechnicalError extends Error {
  constructor(readonly codeErreur: string, message: string) {
    super(message);
  }
}

export interface ParsedInvoice {
  syntax: "UBL" | "CII";
  numero: string;
  dateFacture?: string;
  typeFacture: "FACTURE" | "AVOIR";
  devise: string;
  sellerId: string;
  buyerId: string;
  serviceCode?: string;
  engagement?: string;
  ht: number;
  tva: number;
  ttc: number;
  apayer: number;
  lines: { denomination: string; quantite: number; prixUnitaireHT: number; taux?: number }[];
}

const parser = new XMLParser({
  removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, processEntities: false,
  isArray: (name) => ["InvoiceLine", "CreditNoteLine", "IncludedSupplyChainTradeLineItem", "TaxTotal", "ApplicableTradeTax"].includes(name),
});

type Node = Record<string, unknown>;
const get = (o: unknown, path: string): unknown => path.split(".").reduce<unknown>((acc, k) => (acc && typeof acc === "object" ? (acc as Node)[k] : undefined), o);
const text = (o: unknown, path: string): string | undefined => {
  const v = get(o, path);
  if (v === undefined || v === null || typeof v === "object") return undefined;
  return String(v).trim() || undefined;
};
const num = (o: unknown, path: string): number => Number(text(o, path) ?? "0");

export function parseInvoiceXml(xml: string): ParsedInvoice {
  if (/<!DOCTYPE/i.test(xml)) throw new FluxTechnicalError("ERR_SEC_001", "IRRECEVABILITE: DOCTYPE interdit dans un flux (déclaration de type de document) - ligne: 1 - position: 1");
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    throw new FluxTechnicalError("ERR_XSD_001", `IRRECEVABILITE: XML mal formé - ${(e as Error).message.slice(0, 120)}`);
  }
  const ubl = (doc.Invoice ?? doc.CreditNote) as Node | undefined;
  if (ubl) return fromUbl(ubl, doc.CreditNote !== undefined);
  const cii = doc.CrossIndustryInvoice as Node | undefined;
  if (cii) return fromCii(cii);
  throw new FluxTechnicalError("ERR_XSD_002", "IRRECEVABILITE: élément racine inconnu (Invoice, CreditNote ou CrossIndustryInvoice attendu)");
}

function fromUbl(d: Node, avoir: boolean): ParsedInvoice {
  const party = (p: string) => text(d, `${p}.Party.PartyLegalEntity.CompanyID`) ?? text(d, `${p}.Party.PartyIdentification.ID`) ?? "";
  const lines = ((d.InvoiceLine ?? d.CreditNoteLine) as Node[] | undefined) ?? [];
  const taxes = (d.TaxTotal as Node[] | undefined) ?? [];
  return {
    syntax: "UBL", numero: text(d, "ID") ?? "", dateFacture: text(d, "IssueDate"), typeFacture: avoir || text(d, "InvoiceTypeCode") === "381" ? "AVOIR" : "FACTURE",
    devise: text(d, "DocumentCurrencyCode") ?? "EUR", sellerId: party("AccountingSupplierParty"), buyerId: party("AccountingCustomerParty"),
    // INFERRED (see inferred.ts fluxServiceCodeField): BT-10 = service code, BT-13 = engagement.
    serviceCode: text(d, INFERRED.fluxServiceCodeField), engagement: text(d, "OrderReference.ID"),
    ht: num(d, "LegalMonetaryTotal.TaxExclusiveAmount"), tva: taxes.reduce((n, t) => n + num(t, "TaxAmount"), 0),
    ttc: num(d, "LegalMonetaryTotal.TaxInclusiveAmount"), apayer: num(d, "LegalMonetaryTotal.PayableAmount"),
    lines: lines.map((l) => ({
      denomination: text(l, "Item.Name") ?? "", quantite: num(l, "InvoicedQuantity") || num(l, "CreditedQuantity") || 1,
      prixUnitaireHT: num(l, "Price.PriceAmount"), taux: Number(text(l, "Item.ClassifiedTaxCategory.Percent") ?? "0"),
    })),
  };
}

function fromCii(d: Node): ParsedInvoice {
  const t = "SupplyChainTradeTransaction";
  const ag = `${t}.ApplicableHeaderTradeAgreement`;
  const sum = `${t}.ApplicableHeaderTradeSettlement.SpecifiedTradeSettlementHeaderMonetarySummation`;
  const raw = text(d, "ExchangedDocument.IssueDateTime.DateTimeString");
  const items = (get(d, `${t}.IncludedSupplyChainTradeLineItem`) as Node[] | undefined) ?? [];
  return {
    syntax: "CII", numero: text(d, "ExchangedDocument.ID") ?? "",
    dateFacture: raw && /^\d{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : raw,
    typeFacture: text(d, "ExchangedDocument.TypeCode") === "381" ? "AVOIR" : "FACTURE",
    devise: text(d, `${t}.ApplicableHeaderTradeSettlement.InvoiceCurrencyCode`) ?? "EUR",
    sellerId: text(d, `${ag}.SellerTradeParty.SpecifiedLegalOrganization.ID`) ?? text(d, `${ag}.SellerTradeParty.ID`) ?? "",
    buyerId: text(d, `${ag}.BuyerTradeParty.SpecifiedLegalOrganization.ID`) ?? text(d, `${ag}.BuyerTradeParty.ID`) ?? "",
    serviceCode: text(d, `${ag}.BuyerReference`), engagement: text(d, `${ag}.BuyerOrderReferencedDocument.IssuerAssignedID`),
    ht: num(d, `${sum}.TaxBasisTotalAmount`), tva: num(d, `${sum}.TaxTotalAmount`), ttc: num(d, `${sum}.GrandTotalAmount`), apayer: num(d, `${sum}.DuePayableAmount`),
    lines: items.map((l) => ({
      denomination: text(l, "SpecifiedTradeProduct.Name") ?? "", quantite: num(l, "SpecifiedLineTradeDelivery.BilledQuantity") || 1,
      prixUnitaireHT: num(l, "SpecifiedLineTradeAgreement.NetPriceProductTradePrice.ChargeAmount"),
      taux: Number(text(l, "SpecifiedLineTradeSettlement.ApplicableTradeTax.0.RateApplicablePercent") ?? "0"),
    })),
  };
}
