import { issue, type InvoiceIssue } from "@/lib/invoice/issue";
import { UPLOAD_LIMITS, type UploadKind } from "./limits";

// Extensions Chorus accepts for a deposit: .pdf .xml .zip .tar.gz (CONTRACT.md §7, portal rules).
// .tgz is the same format under its short name: accepted here, sent to Chorus Pro as .tar.gz.
export const FLUX_EXTENSIONS = [".pdf", ".xml", ".zip", ".tar.gz", ".tgz"] as const;
// INFERRED: the full attachment list is a gap in the contract (only "pdf" is seen); these are the
// office and image formats an administration can open.
export const ATTACHMENT_EXTENSIONS = [".pdf", ".xml", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".txt", ".csv", ".odt", ".ods", ".doc", ".docx", ".xls", ".xlsx", ".zip"] as const;

const EXTENSIONS: Record<UploadKind, readonly string[]> = { attachment: ATTACHMENT_EXTENSIONS, pdf: [".pdf"], flux: FLUX_EXTENSIONS };

/** The extension as Chorus reads it (".tar.gz" is one), lower-cased; "" when there is none. */
export function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith(".tar.gz")) return ".tar.gz";
  const dot = lower.lastIndexOf(".");
  return dot > 0 ? lower.slice(dot) : "";
}

/** The name a flux is deposited under: Chorus Pro knows .tar.gz, not its short form .tgz. */
export function chorusFileName(name: string): string {
  return extensionOf(name) === ".tgz" ? `${name.slice(0, -".tgz".length)}.tar.gz` : name;
}

/** Name checks of an upload: length, characters, extension for its kind. All problems at once. */
export function checkUploadName(name: string, kind: UploadKind = "attachment"): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  const path = "nomFichier";
  if (name.trim() === "") return [issue("CPP-NOM-FICHIER", path, "Le fichier n'a pas de nom.")];
  if ([...name].length > UPLOAD_LIMITS.fileNameChars) {
    out.push(issue("CPP-NOM-FICHIER-LONGUEUR", path, `Le nom du fichier dépasse ${UPLOAD_LIMITS.fileNameChars} caractères, la limite de Chorus Pro : raccourcissez-le.`));
  } else if (kind === "flux" && [...chorusFileName(name)].length > UPLOAD_LIMITS.fileNameChars) {
    out.push(issue("CPP-NOM-FICHIER-LONGUEUR", path, `Une fois l'extension .tgz écrite .tar.gz (la seule que Chorus Pro connaît), le nom dépasse ${UPLOAD_LIMITS.fileNameChars} caractères : raccourcissez-le.`));
  }
  // Path separators would let a name climb out of a folder; control characters break headers.
  if (/[/\\]/.test(name) || name.includes("..") || /[\u0000-\u001f\u007f]/.test(name)) {
    out.push(issue("CPP-NOM-FICHIER-CARACTERES", path, "Le nom du fichier contient des caractères interdits (/, \\, .. ou caractères de contrôle) : renommez-le."));
  }
  const allowed = EXTENSIONS[kind];
  if (!allowed.includes(extensionOf(name))) {
    out.push(issue("CPP-EXTENSION", path, `Ce type de fichier n'est pas accepté ici. Extensions admises : ${allowed.join(", ")}.`));
  }
  return out;
}
