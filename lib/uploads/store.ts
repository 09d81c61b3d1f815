// Uploaded files on disk: streamed in under DATA_DIR/uploads with a byte counter that stops the
// upload the moment it passes the limit, then checked by content (never by name).
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { issue, type InvoiceIssue } from "@/lib/invoice/issue";
import { parseXmlSafely } from "@/lib/invoice/xml/parse-safely";
import { checkPdf } from "./check-pdf";
import { checkUploadName, extensionOf } from "./check-upload-name";
import { inspectArchive } from "./inspect-archive";
import { UPLOAD_LIMITS, type UploadKind } from "./limits";
import { sniffType, type SniffedType } from "./sniff-type";

export const MAX_UPLOAD_BYTES: Record<UploadKind, number> = {
  attachment: UPLOAD_LIMITS.attachmentBytes,
  pdf: UPLOAD_LIMITS.pdfDepositBytes,
  flux: UPLOAD_LIMITS.fluxArchiveBytes,
};

export function tooLargeMessage(kind: UploadKind): string {
  const mb = MAX_UPLOAD_BYTES[kind] / 1_000_000;
  return kind === "flux"
    ? `Le fichier dépasse ${mb} Mo, la limite de Chorus Pro pour un dépôt de flux : découpez le lot en plusieurs archives.`
    : `Le fichier dépasse ${mb} Mo, la limite de Chorus Pro : réduisez-le (par exemple en le compressant) avant de le déposer.`;
}

/** Thrown while streaming when the file passes its limit; the partial file is already removed. */
export class UploadTooLargeError extends Error {
  readonly status = 413;
  constructor(readonly kind: UploadKind) {
    super(tooLargeMessage(kind));
  }
}

export type StoredFile = {
  /** relative to DATA_DIR, the only form kept in the database */
  storagePath: string;
  absolutePath: string;
  size: number;
  sha256: string;
  /** the first 64 bytes, for sniffing */
  head: Uint8Array;
};

export function uploadsRoot(dataDir: string): string {
  return path.resolve(dataDir, "uploads");
}

/** Absolute path of a stored upload; refuses anything that would leave DATA_DIR/uploads. */
export function resolveStoragePath(dataDir: string, storagePath: string): string {
  const root = uploadsRoot(dataDir);
  const abs = path.resolve(dataDir, storagePath);
  if (!abs.startsWith(root + path.sep)) throw new Error("upload path outside the uploads folder");
  return abs;
}

/** Writes `source` to a new file (random name: never the browser's), counting and hashing. */
export async function writeUploadStream(source: Readable, opts: { dataDir: string; kind: UploadKind; maxBytes?: number }): Promise<StoredFile> {
  const max = opts.maxBytes ?? MAX_UPLOAD_BYTES[opts.kind];
  const root = uploadsRoot(opts.dataDir);
  const day = new Date().toISOString().slice(0, 10);
  await mkdir(path.join(root, day), { recursive: true });
  const storagePath = path.join("uploads", day, randomUUID());
  const absolutePath = path.resolve(opts.dataDir, storagePath);
  const hash = createHash("sha256");
  let size = 0;
  let head = Buffer.alloc(0);
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > max) return done(new UploadTooLargeError(opts.kind));
      if (head.length < 64) head = Buffer.concat([head, chunk.subarray(0, 64 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, counter, createWriteStream(absolutePath, { flags: "wx" }));
  } catch (err) {
    await rm(absolutePath, { force: true });
    throw err;
  }
  return { storagePath, absolutePath, size, sha256: hash.digest("hex"), head: new Uint8Array(head) };
}

const EXPECTED: Record<string, SniffedType> = { ".pdf": "pdf", ".xml": "xml", ".zip": "zip", ".tar.gz": "gzip", ".tgz": "gzip" };
export const MIME_TYPES: Record<SniffedType, string> = {
  pdf: "application/pdf", zip: "application/zip", gzip: "application/gzip", xml: "application/xml", unknown: "application/octet-stream",
};

/**
 * The checks of lib/uploads/check-upload, on a file already on disk: name, emptiness, content vs
 * extension, PDF structure, safe XML (no DOCTYPE / external entity), archive bombs. Only files
 * whose limit is 10 MB are read whole; an archive is read once, for inspectArchive.
 */
export async function checkStoredUpload(file: Pick<StoredFile, "absolutePath" | "size" | "head">, name: string, kind: UploadKind): Promise<InvoiceIssue[]> {
  const out = checkUploadName(name, kind);
  if (file.size === 0) return [...out, issue("CPP-FICHIER-VIDE", "fichier", "Le fichier est vide (0 octet) : choisissez à nouveau le bon fichier.")];
  const ext = extensionOf(name);
  if (kind === "flux" && (ext === ".xml" || ext === ".pdf") && file.size > UPLOAD_LIMITS.fluxFileBytes) {
    out.push(issue("CPP-FICHIER-TROP-GROS", "fichier", `Une facture déposée seule ne doit pas dépasser ${UPLOAD_LIMITS.fluxFileBytes / 1_000_000} Mo.`));
    return out;
  }
  const actual = sniffType(file.head);
  const expected = EXPECTED[ext];
  if (expected && actual !== expected) {
    out.push(issue("CPP-CONTENU-EXTENSION", "fichier", `Le contenu du fichier ne correspond pas à son extension ${ext} : vérifiez que vous avez choisi le bon fichier.`));
    return out;
  }
  if (out.length > 0) return out;
  if (actual === "pdf") out.push(...checkPdf(await readFile(file.absolutePath)));
  else if (actual === "xml") {
    const parsed = parseXmlSafely(await readFile(file.absolutePath));
    if (!parsed.ok) out.push(issue(parsed.error.code, "fichier", parsed.error.message));
  } else if (actual === "zip" || actual === "gzip") {
    const inspection = await inspectArchive(await readFile(file.absolutePath));
    if (!inspection.ok) out.push(...inspection.issues);
  }
  return out;
}

/** The first bytes of a stored file (to sniff it again later without reading it whole). */
export async function readHead(absolutePath: string, bytes = 64): Promise<Uint8Array> {
  const fh = await open(absolutePath, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return new Uint8Array(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

export async function removeStoredFile(absolutePath: string): Promise<void> {
  await rm(absolutePath, { force: true });
}
