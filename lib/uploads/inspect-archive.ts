import { issue, type InvoiceIssue } from "@/lib/invoice/issue";
import { ArchiveRefusal, resolveLimits, type ArchiveEntry, type ArchiveOptions, type KeepEntry } from "./archive-entry";
import { UPLOAD_LIMITS } from "./limits";
import { sniffType } from "./sniff-type";
import { readTarGz } from "./tar-reader";
import { readZip } from "./zip-reader";

export type { ArchiveEntry, ArchiveOptions, KeepEntry };

export type ArchiveFormat = "zip" | "tar.gz";
export type ArchiveInspection = { ok: true; format: ArchiveFormat; entries: ArchiveEntry[] } | { ok: false; issues: InvoiceIssue[] };

const refuse = (code: string, message: string): ArchiveInspection => ({ ok: false, issues: [issue(code, "fichier", message)] });

/**
 * Checks a .zip or .tar.gz batch of invoices without trusting it: every entry is inflated with
 * byte counters (entry count, size per entry and in total, compression ratio); names that escape
 * the folder or are too long, links and special files, nested archives and encrypted entries are
 * refused. Only invoices (XML or Factur-X PDF) may be inside a batch. The format is read from the
 * content (PK or gzip magic), never from the name. `keep` selects the entries whose bytes come
 * back in `data` (read in the same pass, under the same caps).
 */
export async function inspectArchive(buf: Uint8Array, options: ArchiveOptions & { keep?: KeepEntry } = {}): Promise<ArchiveInspection> {
  if (buf.length === 0) return refuse("ARCHIVE-VIDE", "Le fichier est vide (0 octet).");
  if (buf.length > UPLOAD_LIMITS.fluxArchiveBytes) {
    return refuse("ARCHIVE-TROP-GROSSE", `L'archive dépasse ${UPLOAD_LIMITS.fluxArchiveBytes / 1_000_000} Mo, la limite de Chorus Pro pour un dépôt.`);
  }
  const type = sniffType(buf.subarray(0, 64));
  if (type !== "zip" && type !== "gzip") return refuse("ARCHIVE-FORMAT", "Ce fichier n'est ni une archive .zip ni une archive .tar.gz.");
  const format: ArchiveFormat = type === "zip" ? "zip" : "tar.gz";
  const limits = resolveLimits(options);
  try {
    const entries = format === "zip" ? readZip(buf, limits, options.keep) : await readTarGz(buf, limits, options.keep);
    if (entries.length === 0) return refuse("ARCHIVE-VIDE", "L'archive ne contient aucune facture.");
    // tar keeps the last of two same-named entries, unzip asks, a portal lists both: refused.
    const names = entries.map((e) => e.name.replace(/^(\.\/)+/, ""));
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined) return refuse("ARCHIVE-DOUBLON", `L'archive contient deux fois le fichier « ${twice} » : gardez une seule version de chaque facture.`);
    const others = entries.filter((e) => e.size === 0 || (e.type !== "xml" && e.type !== "pdf"));
    if (others.length > 0) {
      return { ok: false, issues: others.map((e) => issue("ARCHIVE-CONTENU", e.name, e.size === 0 ? `Le fichier « ${e.name} » de l'archive est vide.` : `Le fichier « ${e.name} » n'est ni un XML ni un PDF : une archive ne doit contenir que des factures.`)) };
    }
    return { ok: true, format, entries };
  } catch (error) {
    if (error instanceof ArchiveRefusal) return refuse(error.code, error.reason);
    throw error;
  }
}
