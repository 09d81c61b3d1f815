import type { DetectedSyntax } from "./detect-syntax";
import { extractCii } from "./extract-cii";
import { extractUbl } from "./extract-ubl";
import type { InvoiceModel } from "./model";

/** The neutral model of a detected invoice (UBL, CII, or the CII inside a Factur-X). */
export function extractInvoice(detected: Pick<DetectedSyntax, "syntax" | "xml">): InvoiceModel {
  const { root } = detected.xml;
  if (detected.syntax === "UBL_INVOICE") return extractUbl(root, false);
  if (detected.syntax === "UBL_CREDIT_NOTE") return extractUbl(root, true);
  return extractCii(root);
}
