// Every upload limit in one place. Sources: shared/reference/chorus-pro/CONTRACT.md §7.
// INFERRED: "10 Mo" read as 10 000 000 bytes, the stricter reading, so nothing the portal
// accepts is refused by Chorus Pro for a few kilobytes.
const MB = 1_000_000;

export const UPLOAD_LIMITS = {
  /** transverses/ajouter/fichier: ≤ 10 MB per attachment, else codeRetour 20003 (SEEN). */
  attachmentBytes: 10 * MB,
  /** factures/deposer/pdf: PDF ≤ 10 MB, else HTTP 413 (SEEN, swagger). */
  pdfDepositBytes: 10 * MB,
  /** factures/deposer/flux: 10 MB per invoice file (SEEN-3P, annex V5.00 via OMNIBILL). */
  fluxFileBytes: 10 * MB,
  /** factures/deposer/flux: 30 MB compressed, error GDP_MSG_11.022 (SEEN-3P). */
  fluxArchiveBytes: 30 * MB,
  /** pieceJointeNom ≤ 50 characters (SEEN-3P, PYFE docstring). */
  fileNameChars: 50,
} as const;

// INFERRED: caps of our own for batches; Chorus publishes none ("100 MB uncompressed" not found).
export const ARCHIVE_LIMITS = {
  maxEntries: 500,
  /** Sum of the entries once inflated. */
  maxTotalBytes: 100 * MB,
  /** Inflated / compressed, over the whole archive and per entry (XML rarely passes 30). */
  maxRatio: 200,
  /** Ratios are only judged past this size: a tiny file of spaces may legitimately be 1:500. */
  ratioFloorBytes: 1 * MB,
  /** Path of an entry inside the archive (folders included); 255 is the usual file-system cap. */
  maxNameChars: 255,
} as const;

export type UploadKind = "attachment" | "pdf" | "flux";
