// The sandbox's own reader of flux batches (.zip and .tar.gz, CONTRACT §7: "several invoices …
// always compressed as .zip or .tar.gz"). Written apart from lib/uploads on purpose (README): both
// read the same formats, so a misreading in one shows up in the other's tests. node:zlib with
// maxOutputLength bounds every inflation whatever the headers claim.
import { gunzipSync, inflateRawSync } from "node:zlib";
import { LIMITS } from "./limits";
import { FluxTechnicalError } from "./xml-invoice";

export type ArchiveFile = { name: string; data: Buffer };
export type ArchiveKind = "zip" | "tar.gz";

// INFERRED: Chorus Pro publishes no codes for unreadable batches; these follow the ERR_FMT_* family
// the sandbox already reports for unreadable flux, with the IRRECEVABILITE wording of its reports.
const refuse = (code: string, text: string) => new FluxTechnicalError(code, `IRRECEVABILITE: ${text}`);
const unreadable = (kind: ArchiveKind) => refuse(kind === "zip" ? "ERR_FMT_003" : "ERR_FMT_004", `archive ${kind} illisible ou tronquée`);
const tooLarge = () => refuse("ERR_FMT_007", `archive trop volumineuse une fois décompressée (${LIMITS.fluxFileBytes / 1024 / 1024} Mo par facture, ${LIMITS.archiveInflatedBytes / 1024 / 1024} Mo au total)`);
const isBufferTooLarge = (e: unknown) => e instanceof RangeError || (e as { code?: string })?.code === "ERR_BUFFER_TOO_LARGE";

function checkName(name: string): void {
  if (name.length > LIMITS.archiveNameChars) throw refuse("ERR_FMT_005", `nom de fichier de plus de ${LIMITS.archiveNameChars} caractères dans l'archive`);
  if (/^([/\\]|[A-Za-z]:)/.test(name) || name.split(/[/\\]/).includes("..") || /[\u0000-\u001f]/.test(name)) {
    throw refuse("ERR_FMT_005", `chemin interdit dans l'archive (${name.replace(/[\u0000-\u001f]/g, "?")})`);
  }
}

function checkCount(files: number): void {
  if (files > LIMITS.archiveMaxFiles) throw refuse("ERR_FMT_008", `plus de ${LIMITS.archiveMaxFiles} fichiers dans l'archive`);
}

const special = (name: string) => refuse("ERR_FMT_006", `lien ou fichier spécial dans l'archive (${name})`);

/** The files of a .zip, from its central directory; every entry inflated under the caps. */
export function readZip(bytes: Buffer): ArchiveFile[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw unreadable("zip");
  const count = bytes.readUInt16LE(eocd + 10);
  checkCount(count);
  const files: ArchiveFile[] = [];
  let total = 0;
  let at = bytes.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw unreadable("zip");
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const unixMode = bytes.readUInt16LE(at + 4) >> 8 === 3 ? bytes.readUInt32LE(at + 38) >>> 16 : 0;
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    checkName(name);
    const type = unixMode & 0o170000;
    if (type !== 0 && type !== 0o100000 && type !== 0o040000) throw special(name);
    if (flags & 1) throw refuse("ERR_FMT_009", `fichier chiffré dans l'archive (${name})`);
    if (name.endsWith("/")) continue;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw unreadable("zip");
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + compressed > bytes.length) throw unreadable("zip");
    const raw = bytes.subarray(start, start + compressed);
    const budget = Math.min(LIMITS.fluxFileBytes, LIMITS.archiveInflatedBytes - total);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) {
      try { data = inflateRawSync(raw, { maxOutputLength: Math.max(budget, 1) }); } catch (e) { throw isBufferTooLarge(e) ? tooLarge() : unreadable("zip"); }
    } else throw unreadable("zip");
    if (data.length > budget) throw tooLarge();
    total += data.length;
    files.push({ name, data });
  }
  return files;
}

const text = (block: Buffer, from: number, length: number) => {
  const slice = block.subarray(from, from + length);
  const nul = slice.indexOf(0);
  return (nul < 0 ? slice : slice.subarray(0, nul)).toString("utf8");
};
const octal = (block: Buffer, from: number, length: number): number => {
  const s = text(block, from, length).trim();
  if (!/^[0-7]*$/.test(s)) return NaN;
  return s === "" ? 0 : parseInt(s, 8);
};

/** pax records "<len> key=value\n", cut by their length. */
function paxRecords(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length && data[at] !== 0) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString("latin1"));
    if (space < 0 || !Number.isInteger(length) || length <= 0 || data[at + length - 1] !== 0x0a) throw unreadable("tar.gz");
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq <= 0) throw unreadable("tar.gz");
    out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

/** The files of a .tar.gz: gunzipped under the total cap, then read block by block (ustar, pax, GNU). */
export function readTarGz(bytes: Buffer): ArchiveFile[] {
  let tar: Buffer;
  try { tar = gunzipSync(bytes, { maxOutputLength: LIMITS.archiveInflatedBytes }); } catch (e) { throw isBufferTooLarge(e) ? tooLarge() : unreadable("tar.gz"); }
  const files: ArchiveFile[] = [];
  let entries = 0;
  let next: { path?: string; size?: number } = {};
  let at = 0;
  for (;;) {
    if (at + 512 > tar.length) throw unreadable("tar.gz"); // no end-of-archive blocks: cut
    const block = tar.subarray(at, at + 512);
    if (block.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
    const declared = octal(block, 124, 12);
    if (sum !== octal(block, 148, 8) || Number.isNaN(declared)) throw unreadable("tar.gz");
    const type = String.fromCharCode(block[156] ?? 0);
    const prefix = text(block, 257, 6) === "ustar" ? text(block, 345, 155) : "";
    const name = next.path ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    const size = type === "x" || type === "g" || type === "L" ? declared : (next.size ?? declared);
    const start = at + 512;
    if (!Number.isSafeInteger(size) || size < 0 || start + size > tar.length) throw unreadable("tar.gz");
    const data = tar.subarray(start, start + size);
    at = start + Math.ceil(size / 512) * 512;
    if (type === "x") { const r = paxRecords(data); next = { path: r.get("path") ?? next.path, size: r.has("size") ? Number(r.get("size")) : next.size }; continue; }
    if (type === "L") { next = { ...next, path: data.toString("utf8").replace(/\0+$/, "") }; continue; }
    if (type === "g") continue;
    next = {};
    checkCount((entries += 1));
    checkName(name);
    if (type === "5" || ((type === "0" || type === "\0") && name.endsWith("/"))) continue;
    if (type !== "0" && type !== "\0" && type !== "7") throw special(name);
    if (size > LIMITS.fluxFileBytes) throw tooLarge();
    files.push({ name, data });
  }
  // A lone zero block ends the archive for GNU tar: anything after the end marker is refused.
  if (tar.subarray(at).some((b) => b !== 0)) throw unreadable("tar.gz");
  return files;
}

/** The batch format a deposit's name announces (the extensions Chorus Pro accepts, CONTRACT §7). */
export function archiveKindOf(nomFichier: string): ArchiveKind | undefined {
  if (/\.zip$/i.test(nomFichier)) return "zip";
  if (/\.tar\.gz$/i.test(nomFichier)) return "tar.gz";
  return undefined;
}

/** The invoices of a batch, or a technical error that rejects the whole flux. */
export function readArchive(kind: ArchiveKind, bytes: Buffer): ArchiveFile[] {
  const magic = kind === "zip" ? bytes[0] === 0x50 && bytes[1] === 0x4b : bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!magic) throw unreadable(kind);
  const files = kind === "zip" ? readZip(bytes) : readTarGz(bytes);
  if (files.length === 0) throw refuse("ERR_FMT_010", "archive vide : aucune facture");
  return files;
}
