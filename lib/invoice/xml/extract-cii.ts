import type { XmlNode } from "./parse-safely";
import type { InvoiceModel, InvoiceParty, PartyIdentifier, PaymentMeansModel } from "./model";
import { attr, child, children, text, textOf } from "./node";

function identifier(node: XmlNode | undefined): PartyIdentifier | undefined {
  const id = textOf(node);
  return id === undefined ? undefined : { id, scheme: attr(node, "schemeID") };
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** CII dates are `<udt:DateTimeString format="102">20130410</…>`; the model uses YYYY-MM-DD. */
function date(node: XmlNode | undefined): string | undefined {
  const raw = text(node, "DateTimeString") ?? text(node, "DateString");
  const m = raw ? /^(\d{4})(\d{2})(\d{2})$/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : raw;
}

function party(node: XmlNode | undefined): InvoiceParty {
  const legalId = identifier(child(node, "SpecifiedLegalOrganization", "ID"));
  const ids = [...children(node, "ID"), ...children(node, "GlobalID")].map(identifier);
  const vat = children(node, "SpecifiedTaxRegistration").find((r) => attr(child(r, "ID"), "schemeID") === "VA");
  const address = child(node, "PostalTradeAddress");
  return {
    name: text(node, "Name"),
    identifiers: [...ids, legalId].filter(defined),
    legalId,
    vatId: text(vat, "ID"),
    hasAddress: address !== undefined,
    countryCode: text(address, "CountryID"),
  };
}

function allowanceCharge(node: XmlNode) {
  const tax = child(node, "CategoryTradeTax");
  return { amount: text(node, "ActualAmount"), vatCategory: text(tax, "CategoryCode"), vatRate: text(tax, "RateApplicablePercent") };
}

/** Maps a CII D16B CrossIndustryInvoice (also the XML of a Factur-X) to the neutral model. */
function paymentMeans(p: XmlNode): PaymentMeansModel {
  const iban = text(p, "PayeePartyCreditorFinancialAccount", "IBANID");
  const proprietary = text(p, "PayeePartyCreditorFinancialAccount", "ProprietaryID");
  return {
    typeCode: text(p, "TypeCode"),
    ...(iban !== undefined ? { account: iban, accountKind: "IBAN" as const } : proprietary !== undefined ? { account: proprietary, accountKind: "PROPRIETARY" as const } : {}),
  };
}

export function extractCii(root: XmlNode): InvoiceModel {
  const doc = child(root, "ExchangedDocument");
  const trade = child(root, "SupplyChainTradeTransaction");
  const agreement = child(trade, "ApplicableHeaderTradeAgreement");
  const settlement = child(trade, "ApplicableHeaderTradeSettlement");
  const summation = child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
  const currency = text(settlement, "InvoiceCurrencyCode");
  const taxTotals = children(summation, "TaxTotalAmount");
  const vatTotal = taxTotals.find((t) => attr(t, "currencyID") === currency) ?? taxTotals.find((t) => attr(t, "currencyID") === undefined) ?? taxTotals[0];
  const taxes = children(settlement, "ApplicableTradeTax");
  const allowanceCharges = children(settlement, "SpecifiedTradeAllowanceCharge");
  const isCharge = (n: XmlNode) => text(n, "ChargeIndicator", "Indicator") === "true";
  const terms = children(settlement, "SpecifiedTradePaymentTerms");

  return {
    syntax: "CII",
    number: text(doc, "ID"),
    issueDate: date(child(doc, "IssueDateTime")),
    typeCode: text(doc, "TypeCode"),
    currency,
    taxPointDate: taxes.map((t) => date(child(t, "TaxPointDate"))).find(defined),
    taxPointDateCode: taxes.map((t) => text(t, "DueDateTypeCode")).find(defined),
    dueDate: terms.map((t) => date(child(t, "DueDateDateTime"))).find(defined),
    buyerReference: text(agreement, "BuyerReference"),
    contractReference: text(agreement, "ContractReferencedDocument", "IssuerAssignedID"),
    orderReference: text(agreement, "BuyerOrderReferencedDocument", "IssuerAssignedID"),
    paymentTerms: terms.map((t) => text(t, "Description")).find(defined),
    specificationId: text(root, "ExchangedDocumentContext", "GuidelineSpecifiedDocumentContextParameter", "ID"),
    precedingInvoices: children(settlement, "InvoiceReferencedDocument").map((r) => text(r, "IssuerAssignedID")).filter(defined),
    seller: party(child(agreement, "SellerTradeParty")),
    buyer: party(child(agreement, "BuyerTradeParty")),
    paymentMeans: children(settlement, "SpecifiedTradeSettlementPaymentMeans").map(paymentMeans),
    lines: children(trade, "IncludedSupplyChainTradeLineItem").map((line) => {
      const quantity = child(line, "SpecifiedLineTradeDelivery", "BilledQuantity");
      const lineSettlement = child(line, "SpecifiedLineTradeSettlement");
      const tax = child(lineSettlement, "ApplicableTradeTax");
      return {
        id: text(line, "AssociatedDocumentLineDocument", "LineID"),
        quantity: textOf(quantity),
        unitCode: attr(quantity, "unitCode"),
        netAmount: text(lineSettlement, "SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"),
        netPrice: text(line, "SpecifiedLineTradeAgreement", "NetPriceProductTradePrice", "ChargeAmount"),
        itemName: text(line, "SpecifiedTradeProduct", "Name"),
        vatCategory: text(tax, "CategoryCode"),
        vatRate: text(tax, "RateApplicablePercent"),
      };
    }),
    allowances: allowanceCharges.filter((n) => !isCharge(n)).map(allowanceCharge),
    charges: allowanceCharges.filter(isCharge).map(allowanceCharge),
    vatBreakdown: taxes.map((t) => ({
      taxableAmount: text(t, "BasisAmount"),
      taxAmount: text(t, "CalculatedAmount"),
      category: text(t, "CategoryCode"),
      rate: text(t, "RateApplicablePercent"),
      exemptionReason: text(t, "ExemptionReason"),
      exemptionReasonCode: text(t, "ExemptionReasonCode"),
    })),
    totals: {
      lineNet: text(summation, "LineTotalAmount"),
      allowances: text(summation, "AllowanceTotalAmount"),
      charges: text(summation, "ChargeTotalAmount"),
      taxExclusive: text(summation, "TaxBasisTotalAmount"),
      vatTotal: textOf(vatTotal),
      taxInclusive: text(summation, "GrandTotalAmount"),
      prepaid: text(summation, "TotalPrepaidAmount"),
      rounding: text(summation, "RoundingAmount"),
      payable: text(summation, "DuePayableAmount"),
    },
  };
}
