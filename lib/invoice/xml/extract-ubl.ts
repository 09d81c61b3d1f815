import type { XmlNode } from "./parse-safely";
import type { InvoiceModel, InvoiceParty, PartyIdentifier } from "./model";
import { attr, child, children, text, textOf } from "./node";

function identifier(node: XmlNode | undefined): PartyIdentifier | undefined {
  const id = textOf(node);
  return id === undefined ? undefined : { id, scheme: attr(node, "schemeID") };
}

function party(node: XmlNode | undefined): InvoiceParty {
  const legal = child(node, "PartyLegalEntity");
  const legalId = identifier(child(legal, "CompanyID"));
  const ids = children(node, "PartyIdentification").map((p) => identifier(child(p, "ID")));
  const vat = children(node, "PartyTaxScheme").find((t) => text(t, "TaxScheme", "ID") === "VAT");
  const address = child(node, "PostalAddress");
  return {
    name: text(legal, "RegistrationName"),
    identifiers: [...ids, legalId].filter((id): id is PartyIdentifier => id !== undefined),
    legalId,
    vatId: text(vat, "CompanyID"),
    hasAddress: address !== undefined,
    countryCode: text(address, "Country", "IdentificationCode"),
  };
}

function allowanceCharge(node: XmlNode) {
  return { amount: text(node, "Amount"), vatCategory: text(node, "TaxCategory", "ID"), vatRate: text(node, "TaxCategory", "Percent") };
}

/** Maps a UBL 2.1 Invoice or CreditNote (root element, prefixes removed) to the neutral model. */
export function extractUbl(root: XmlNode, creditNote: boolean): InvoiceModel {
  const currency = text(root, "DocumentCurrencyCode");
  const taxTotals = children(root, "TaxTotal");
  // BT-110 is the TaxTotal in the document currency; a second one without subtotals is BT-111.
  const vatTotal =
    taxTotals.find((t) => attr(child(t, "TaxAmount"), "currencyID") === currency) ??
    taxTotals.find((t) => children(t, "TaxSubtotal").length > 0) ??
    taxTotals[0];
  const monetary = child(root, "LegalMonetaryTotal");
  const lineName = creditNote ? "CreditNoteLine" : "InvoiceLine";
  const quantityName = creditNote ? "CreditedQuantity" : "InvoicedQuantity";
  const allowanceCharges = children(root, "AllowanceCharge");
  const isCharge = (n: XmlNode) => text(n, "ChargeIndicator") === "true";

  return {
    syntax: creditNote ? "UBL_CREDIT_NOTE" : "UBL_INVOICE",
    number: text(root, "ID"),
    issueDate: text(root, "IssueDate"),
    typeCode: text(root, creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode"),
    currency,
    taxPointDate: text(root, "TaxPointDate"),
    taxPointDateCode: text(root, "InvoicePeriod", "DescriptionCode"),
    // A CreditNote has no cbc:DueDate; its due date sits in PaymentMeans.
    dueDate: text(root, "DueDate") ?? text(root, "PaymentMeans", "PaymentDueDate"),
    buyerReference: text(root, "BuyerReference"),
    contractReference: text(root, "ContractDocumentReference", "ID"),
    orderReference: text(root, "OrderReference", "ID"),
    paymentTerms: text(root, "PaymentTerms", "Note"),
    specificationId: text(root, "CustomizationID"),
    precedingInvoices: children(root, "BillingReference")
      .map((b) => text(b, "InvoiceDocumentReference", "ID"))
      .filter((id): id is string => id !== undefined),
    seller: party(child(root, "AccountingSupplierParty", "Party")),
    buyer: party(child(root, "AccountingCustomerParty", "Party")),
    paymentMeans: children(root, "PaymentMeans").map((p) => ({ typeCode: text(p, "PaymentMeansCode"), account: text(p, "PayeeFinancialAccount", "ID") })),
    lines: children(root, lineName).map((line) => {
      const quantity = child(line, quantityName);
      const category = child(line, "Item", "ClassifiedTaxCategory");
      return {
        id: text(line, "ID"),
        quantity: textOf(quantity),
        unitCode: attr(quantity, "unitCode"),
        netAmount: text(line, "LineExtensionAmount"),
        netPrice: text(line, "Price", "PriceAmount"),
        itemName: text(line, "Item", "Name"),
        vatCategory: text(category, "ID"),
        vatRate: text(category, "Percent"),
      };
    }),
    allowances: allowanceCharges.filter((n) => !isCharge(n)).map(allowanceCharge),
    charges: allowanceCharges.filter(isCharge).map(allowanceCharge),
    vatBreakdown: taxTotals.flatMap((t) =>
      children(t, "TaxSubtotal").map((sub) => {
        const category = child(sub, "TaxCategory");
        return {
          taxableAmount: text(sub, "TaxableAmount"),
          taxAmount: text(sub, "TaxAmount"),
          category: text(category, "ID"),
          rate: text(category, "Percent"),
          exemptionReason: text(category, "TaxExemptionReason"),
          exemptionReasonCode: text(category, "TaxExemptionReasonCode"),
        };
      }),
    ),
    totals: {
      lineNet: text(monetary, "LineExtensionAmount"),
      allowances: text(monetary, "AllowanceTotalAmount"),
      charges: text(monetary, "ChargeTotalAmount"),
      taxExclusive: text(monetary, "TaxExclusiveAmount"),
      vatTotal: text(vatTotal, "TaxAmount"),
      taxInclusive: text(monetary, "TaxInclusiveAmount"),
      prepaid: text(monetary, "PrepaidAmount"),
      rounding: text(monetary, "PayableRoundingAmount"),
      payable: text(monetary, "PayableAmount"),
    },
  };
}
