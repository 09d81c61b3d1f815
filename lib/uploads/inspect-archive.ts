import { issue, type InvoiceIssue } from "@/lib/invoice/issue";
import { ArchiveRefusal, resolveLimits, type ArchiveEntry, type ArchiveOptions } from "./archive-entry";
import { UPLOAD_LIMITS } from "./limits";
import { sniffType } from "./sniff-type";
import { readTarGz } from "./tar-reader";
import { readZip } from "./zip-reader";

export type { ArchiveEntry, ArchiveOptions };

export type ArchiveInspection = { ok: true; format: "zip" | "tar.gz"; entries: ArchiveEntry[] } | { ok: false; issues: InvoiceIssue[] };

const refuse = (code: string, message: string): ArchiveInspection => ({ ok: false, issues: [issue(code, "fichier", message)] });

/**
 * Checks a .zip or .tar.gz batch of invoices without trusting it: every entry is inflated with
 * byte counters (entry count, size per entry and in total, compression ratio), names that escape
 * the folder, links, nested archives and encrypted entries are refused. Only invoices (XML or
 * Factur-X PDF) may be inside a batch.
 */
export function inspectArchive(buf: Uint8Array, options: ArchiveOptions = {}): ArchiveInspection {
  if (buf.length === 0) return refuse("ARCHIVE-VIDE", "Le fichier est vide (0 octet).");
  if (buf.length > UPLOAD_LIMITS.fluxArchiveBytes) {
    return refuse("ARCHIVE-TROP-GROSSE", `L'archive dépasse ${UPLOAD_LIMITS.fluxArchiveBytes / 1_000_000} Mo, la limite de Chorus Pro pour un dépôt.`);
  }
  const type = sniffType(buf.subarray(0, 64));
  if (type !== "zip" && type !== "gzip") return refuse("ARCHIVE-FORMAT", "Ce fichier n'est ni une archive .zip ni une archive .tar.gz.");
  const limits = resolveLimits(options);
  try {
    const entries = type === "zip" ? readZip(buf, limits) : readTarGz(buf, limits);
    if (entries.length === 0) return refuse("ARCHIVE-VIDE", "L'archive ne contient aucune facture.");
    const others = entries.filter((e) => e.size === 0 || (e.type !== "xml" && e.type !== "pdf"));
    if (others.length > 0) {
      return { ok: false, issues: others.map((e) => issue("ARCHIVE-CONTENU", e.name, e.size === 0 ? `Le fichier « ${e.name} » de l'archive est vide.` : `Le fichier « ${e.name} » n'est ni un XML ni un PDF : une archive ne doit contenir que des factures.`)) };
    }
    return { ok: true, format: type === "zip" ? "zip" : "tar.gz", entries };
  } catch (error) {
    if (error instanceof ArchiveRefusal) return refuse(error.code, error.reason);
    throw error;
  }
}
