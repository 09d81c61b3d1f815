/**
 * The neutral invoice model both UBL and CII map to, keyed by EN 16931 business terms. Every
 * value is the text of the XML (amounts stay decimal strings); anything absent is undefined so
 * that the rules, not the reader, decide what is mandatory.
 */
export type PartyIdentifier = { id: string; scheme?: string };

export type InvoiceParty = {
  name?: string; // BT-27 / BT-44
  /** BT-29 / BT-46 identifiers and BT-30 / BT-47 legal registration ids together. */
  identifiers: PartyIdentifier[];
  legalId?: PartyIdentifier; // BT-30 / BT-47
  vatId?: string; // BT-31 / BT-48
  hasAddress: boolean; // BG-5 / BG-8
  countryCode?: string; // BT-40 / BT-55
};

export type InvoiceLineModel = {
  id?: string; // BT-126
  quantity?: string; // BT-129
  unitCode?: string; // BT-130
  netAmount?: string; // BT-131
  netPrice?: string; // BT-146
  itemName?: string; // BT-153
  vatCategory?: string; // BT-151
  vatRate?: string; // BT-152
};

export type VatBreakdownModel = {
  taxableAmount?: string; // BT-116
  taxAmount?: string; // BT-117
  category?: string; // BT-118
  rate?: string; // BT-119
  exemptionReason?: string; // BT-120
  exemptionReasonCode?: string; // BT-121
};

export type PaymentMeansModel = {
  typeCode?: string; // BT-81
  /** BT-84 payment account: UBL PayeeFinancialAccount/ID, CII IBANID or ProprietaryID. */
  account?: string;
  /** CII tells an IBAN (IBANID) from another account number (ProprietaryID); UBL does not. */
  accountKind?: "IBAN" | "PROPRIETARY";
};

export type DocumentAllowanceCharge = {
  amount?: string; // BT-92 / BT-99
  vatCategory?: string; // BT-95 / BT-102
  vatRate?: string; // BT-96 / BT-103
};

export type InvoiceModel = {
  syntax: "UBL_INVOICE" | "UBL_CREDIT_NOTE" | "CII";
  number?: string; // BT-1
  issueDate?: string; // BT-2, normalised to YYYY-MM-DD
  typeCode?: string; // BT-3
  currency?: string; // BT-5
  taxPointDate?: string; // BT-7
  taxPointDateCode?: string; // BT-8
  dueDate?: string; // BT-9
  buyerReference?: string; // BT-10: Chorus Pro service code
  contractReference?: string; // BT-12
  orderReference?: string; // BT-13: Chorus Pro engagement juridique
  paymentTerms?: string; // BT-20
  specificationId?: string; // BT-24
  precedingInvoices: string[]; // BT-25
  seller: InvoiceParty;
  buyer: InvoiceParty;
  paymentMeans: PaymentMeansModel[]; // BG-16
  lines: InvoiceLineModel[];
  allowances: DocumentAllowanceCharge[]; // BG-20
  charges: DocumentAllowanceCharge[]; // BG-21
  vatBreakdown: VatBreakdownModel[]; // BG-23
  totals: {
    lineNet?: string; // BT-106
    allowances?: string; // BT-107
    charges?: string; // BT-108
    taxExclusive?: string; // BT-109
    vatTotal?: string; // BT-110
    taxInclusive?: string; // BT-112
    prepaid?: string; // BT-113
    rounding?: string; // BT-114
    payable?: string; // BT-115
  };
};

type Where = { ubl: string; cii: string };
const H = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
const SUM = `${H}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
const AGR = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";

/** Where each business term lives, to point an error at the element to fix. */
export const XML_PATHS = {
  "BT-1": { ubl: "cbc:ID", cii: "rsm:ExchangedDocument/ram:ID" },
  "BT-2": { ubl: "cbc:IssueDate", cii: "rsm:ExchangedDocument/ram:IssueDateTime" },
  "BT-3": { ubl: "cbc:InvoiceTypeCode", cii: "rsm:ExchangedDocument/ram:TypeCode" },
  "BT-5": { ubl: "cbc:DocumentCurrencyCode", cii: `${H}/ram:InvoiceCurrencyCode` },
  "BT-7": { ubl: "cbc:TaxPointDate", cii: `${H}/ram:ApplicableTradeTax/ram:TaxPointDate` },
  "BT-9": { ubl: "cbc:DueDate", cii: `${H}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime` },
  "BT-10": { ubl: "cbc:BuyerReference", cii: `${AGR}/ram:BuyerReference` },
  "BT-13": { ubl: "cac:OrderReference/cbc:ID", cii: `${AGR}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID` },
  "BT-24": { ubl: "cbc:CustomizationID", cii: "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID" },
  "BG-4": { ubl: "cac:AccountingSupplierParty/cac:Party", cii: `${AGR}/ram:SellerTradeParty` },
  "BG-7": { ubl: "cac:AccountingCustomerParty/cac:Party", cii: `${AGR}/ram:BuyerTradeParty` },
  "BG-16": { ubl: "cac:PaymentMeans", cii: `${H}/ram:SpecifiedTradeSettlementPaymentMeans` },
  "BG-20": { ubl: "cac:AllowanceCharge", cii: `${H}/ram:SpecifiedTradeAllowanceCharge` },
  "BG-23": { ubl: "cac:TaxTotal/cac:TaxSubtotal", cii: `${H}/ram:ApplicableTradeTax` },
  "BG-25": { ubl: "cac:InvoiceLine", cii: "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem" },
  "BT-106": { ubl: "cac:LegalMonetaryTotal/cbc:LineExtensionAmount", cii: `${SUM}/ram:LineTotalAmount` },
  "BT-107": { ubl: "cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount", cii: `${SUM}/ram:AllowanceTotalAmount` },
  "BT-108": { ubl: "cac:LegalMonetaryTotal/cbc:ChargeTotalAmount", cii: `${SUM}/ram:ChargeTotalAmount` },
  "BT-109": { ubl: "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", cii: `${SUM}/ram:TaxBasisTotalAmount` },
  "BT-110": { ubl: "cac:TaxTotal/cbc:TaxAmount", cii: `${SUM}/ram:TaxTotalAmount` },
  "BT-112": { ubl: "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", cii: `${SUM}/ram:GrandTotalAmount` },
  "BT-115": { ubl: "cac:LegalMonetaryTotal/cbc:PayableAmount", cii: `${SUM}/ram:DuePayableAmount` },
} as const satisfies Record<string, Where>;

export type XmlPathKey = keyof typeof XML_PATHS;

/** The XML path of a business term in this invoice's syntax; `index` (0-based) for repeated groups. */
export function xmlPath(model: Pick<InvoiceModel, "syntax">, key: XmlPathKey, index?: number, suffix = ""): string {
  const where: Where = XML_PATHS[key];
  let path = model.syntax === "CII" ? where.cii : where.ubl;
  if (model.syntax === "UBL_CREDIT_NOTE") path = path.replace("cac:InvoiceLine", "cac:CreditNoteLine").replace("cbc:InvoiceTypeCode", "cbc:CreditNoteTypeCode");
  if (index !== undefined) path = `${path}[${index + 1}]`;
  return suffix ? `${path}/${suffix}` : path;
}
