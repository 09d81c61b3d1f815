import { sniffType } from "@/lib/uploads/sniff-type";
import { extractFacturX } from "./facturx";
import { parseXmlSafely, type ParsedXml } from "./parse-safely";

export const UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
export const UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
export const CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

export type InvoiceSyntax = "UBL_INVOICE" | "UBL_CREDIT_NOTE" | "CII" | "FACTURX";

/** Chorus Pro `syntaxeFlux` per syntax (CONTRACT.md §6.4; OCA and TSLIVE mappings). */
export const SYNTAXE_FLUX = {
  UBL_INVOICE: "IN_DP_E1_UBL_INVOICE",
  // INFERRED: the enum has no CreditNote value; the UBL E1 syntax covers both UBL documents.
  UBL_CREDIT_NOTE: "IN_DP_E1_UBL_INVOICE",
  CII: "IN_DP_E1_CII_16B",
  FACTURX: "IN_DP_E2_CII_FACTURX",
} as const satisfies Record<InvoiceSyntax, string>;

export type DetectedSyntax = {
  syntax: InvoiceSyntax;
  syntaxeFlux: (typeof SYNTAXE_FLUX)[InvoiceSyntax];
  /** The invoice XML (for Factur-X, the embedded CII). */
  xml: ParsedXml;
  /** Factur-X only: name of the embedded file and XMP fx:ConformanceLevel. */
  embeddedName?: string;
  conformanceLevel?: string;
};

export type DetectResult = { ok: true; detected: DetectedSyntax } | { ok: false; error: { code: string; message: string } };

function fromXml(xml: ParsedXml): InvoiceSyntax | null {
  if (xml.rootName === "Invoice" && xml.rootNamespace === UBL_INVOICE_NS) return "UBL_INVOICE";
  if (xml.rootName === "CreditNote" && xml.rootNamespace === UBL_CREDIT_NOTE_NS) return "UBL_CREDIT_NOTE";
  if (xml.rootName === "CrossIndustryInvoice" && xml.rootNamespace === CII_NS) return "CII";
  return null;
}

const UNKNOWN_XML = {
  code: "SYNTAXE-INCONNUE",
  message: "Ce XML n'est ni une facture UBL 2.1 (Invoice ou CreditNote) ni une facture CII D16B (CrossIndustryInvoice) : Chorus Pro ne saura pas le lire.",
};

/**
 * Tells UBL Invoice, UBL CreditNote, CII and Factur-X apart by content (root element and its
 * namespace; for a PDF, the embedded factur-x.xml), and gives the syntaxeFlux to deposit with.
 */
export async function detectSyntax(buf: Uint8Array): Promise<DetectResult> {
  const type = sniffType(buf.subarray(0, 64));
  if (type === "pdf") {
    const extracted = await extractFacturX(buf);
    if (!extracted.ok) return { ok: false, error: { code: extracted.code, message: extracted.message } };
    const parsed = parseXmlSafely(extracted.xml);
    if (!parsed.ok) return parsed;
    if (fromXml(parsed.xml) !== "CII") {
      return { ok: false, error: { code: "FACTURX-NON-CII", message: "Le fichier factur-x.xml joint au PDF n'est pas une facture CII." } };
    }
    return {
      ok: true,
      detected: { syntax: "FACTURX", syntaxeFlux: SYNTAXE_FLUX.FACTURX, xml: parsed.xml, embeddedName: extracted.name, conformanceLevel: extracted.conformanceLevel },
    };
  }
  if (type !== "xml") {
    return { ok: false, error: { code: "SYNTAXE-INCONNUE", message: "Le fichier n'est ni un XML ni un PDF Factur-X." } };
  }
  const parsed = parseXmlSafely(buf);
  if (!parsed.ok) return parsed;
  const syntax = fromXml(parsed.xml);
  if (!syntax) return { ok: false, error: UNKNOWN_XML };
  return { ok: true, detected: { syntax, syntaxeFlux: SYNTAXE_FLUX[syntax], xml: parsed.xml } };
}
