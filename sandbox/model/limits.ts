// The ONE table of size and count limits. SEEN values cite CONTRACT §7; the others are sandbox choices.
const MB = 1024 * 1024;

export const LIMITS = {
  /** Overall request body cap (sandbox choice, above the largest base64 payload we accept). */
  requestBytes: 45 * MB,
  /** SEEN [SW-FACT]: deposer/pdf file ≤ 10 MB, else HTTP 413. */
  pdfFileBytes: 10 * MB,
  /** SEEN-3P [OMNIBILL, annex V5.00]: deposer/flux 10 MB per file, 30 MB compressed. */
  fluxFileBytes: 10 * MB,
  fluxCompressedBytes: 30 * MB,
  /** Sandbox choices for flux batches (.zip, .tar.gz): files per archive, bytes once inflated, name length. */
  archiveMaxFiles: 500,
  archiveInflatedBytes: 100 * MB,
  archiveNameChars: 255,
  /** SEEN [COMM add-file-in-system]: attachment ≤ 10 MB (codeRetour 20003). */
  attachmentBytes: 10 * MB,
  /** SEEN-3P [PYFE docstring]: attachment name ≤ 50 characters. */
  attachmentNameChars: 50,
  /** SEEN [SW-FACT]: telecharger/groupe bundle ≤ 120 MB, else HTTP 413. */
  downloadBytes: 120 * MB,
  /** Sandbox choice: invoices per telecharger/groupe call. */
  downloadMaxInvoices: 50,
  /** Sandbox choice: page size cap (no official maximum found, PASTELL uses 1000). */
  maxPageSize: 1000,
} as const;

/** Per-route body caps: base64 inflates by 4/3, plus room for the JSON around the file. */
export const ROUTE_BODY_LIMITS = {
  default: 2 * MB,
  pdf: Math.ceil((LIMITS.pdfFileBytes * 4) / 3) + MB,
  flux: Math.ceil((LIMITS.fluxCompressedBytes * 4) / 3) + MB,
  attachment: Math.ceil((LIMITS.attachmentBytes * 4) / 3) + MB,
  submission: 8 * MB,
} as const;
export type BodyLimitKey = keyof typeof ROUTE_BODY_LIMITS;
