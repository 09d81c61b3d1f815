import { issue, type InvoiceIssue } from "@/lib/invoice/issue";

// %%EOF may be followed by a line ending and, in some producers, a few bytes of padding.
const EOF_WINDOW = 1024;

/** Structural minimum of a PDF: `%PDF-` header and `%%EOF` near the end. */
export function checkPdf(buf: Uint8Array): InvoiceIssue[] {
  if (buf.length === 0) return [issue("CPP-PDF-VIDE", "fichier", "Le PDF est vide (0 octet) : l'export de votre logiciel a échoué, générez-le à nouveau.")];
  const head = new TextDecoder("latin1").decode(buf.subarray(0, 5));
  if (head !== "%PDF-") return [issue("CPP-PDF-INVALIDE", "fichier", "Ce fichier n'est pas un PDF, même si son nom se termine par .pdf.")];
  const tail = new TextDecoder("latin1").decode(buf.subarray(Math.max(0, buf.length - EOF_WINDOW)));
  if (!tail.includes("%%EOF")) return [issue("CPP-PDF-TRONQUE", "fichier", "Le PDF est incomplet (fin de fichier absente) : il a sans doute été tronqué pendant l'envoi. Réessayez.")];
  return [];
}
