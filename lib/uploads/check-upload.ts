import { issue, type InvoiceIssue } from "@/lib/invoice/issue";
import { checkPdf } from "./check-pdf";
import { checkUploadName, extensionOf } from "./check-upload-name";
import { UPLOAD_LIMITS, type UploadKind } from "./limits";
import { sniffType, type SniffedType } from "./sniff-type";

const MAX_BYTES: Record<UploadKind, number> = {
  attachment: UPLOAD_LIMITS.attachmentBytes,
  pdf: UPLOAD_LIMITS.pdfDepositBytes,
  flux: UPLOAD_LIMITS.fluxArchiveBytes,
};

// What the content must be for each extension we can recognise by magic bytes.
const EXPECTED: Record<string, SniffedType> = { ".pdf": "pdf", ".xml": "xml", ".zip": "zip", ".tar.gz": "gzip", ".tgz": "gzip" };

/**
 * Envelope checks of an upload (layer L0 of INVOICE-FORMATS.md §4.1): name, size, content matching
 * the extension, PDF structure. Archives are inspected separately with inspectArchive.
 */
export function checkUpload(buf: Uint8Array, name: string, kind: UploadKind): InvoiceIssue[] {
  const out = checkUploadName(name, kind);
  if (buf.length === 0) return [...out, issue("CPP-FICHIER-VIDE", "fichier", "Le fichier est vide (0 octet) : choisissez à nouveau le bon fichier.")];
  const max = MAX_BYTES[kind];
  if (buf.length > max) out.push(issue("CPP-FICHIER-TROP-GROS", "fichier", `Le fichier dépasse ${max / 1_000_000} Mo, la limite de Chorus Pro.`));
  const ext = extensionOf(name);
  // A single invoice in a flux is at most 10 MB; only archives may reach 30 MB.
  if (kind === "flux" && (ext === ".xml" || ext === ".pdf") && buf.length > UPLOAD_LIMITS.fluxFileBytes) {
    out.push(issue("CPP-FICHIER-TROP-GROS", "fichier", `Une facture déposée seule ne doit pas dépasser ${UPLOAD_LIMITS.fluxFileBytes / 1_000_000} Mo.`));
  }
  const expected = EXPECTED[ext];
  const actual = sniffType(buf.subarray(0, 64));
  if (expected && actual !== expected) {
    out.push(issue("CPP-CONTENU-EXTENSION", "fichier", `Le contenu du fichier ne correspond pas à son extension ${ext} : vérifiez que vous avez choisi le bon fichier.`));
  } else if (expected === "pdf") {
    out.push(...checkPdf(buf));
  }
  return out;
}
