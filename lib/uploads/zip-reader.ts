import { inflateCapped, InflateLimitError } from "./inflate-capped";
import { ArchiveRefusal, checkEntryName, checkRatio, finishEntry, joinChunks, linkRefusal, tooBig, tooMany, type ArchiveEntry, type ArchiveLimits, type KeepEntry } from "./archive-entry";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const HEAD_BYTES = 64;

const corrupt = () => new ArchiveRefusal("ARCHIVE-ILLISIBLE", "L'archive ZIP est endommagée ou incomplète : recréez-la.");

/**
 * Lists and inflates a ZIP from its central directory, counting the bytes actually produced:
 * the sizes written in the headers are never trusted, overlapping entries (the "zip bomb without
 * recursion" trick) are refused, as are encrypted entries and ZIP64. The entries `keep` asks for
 * come back with their bytes, as inflated here (never a buffer sized from the headers).
 */
export function readZip(buf: Uint8Array, limits: ArchiveLimits, keep?: KeepEntry): ArchiveEntry[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new ArchiveRefusal("ARCHIVE-ZIP64", "Les archives ZIP64 ne sont pas acceptées : une archive de factures reste bien en dessous de 4 Go.");
  }
  if (count > limits.maxEntries) throw tooMany(limits);

  const entries: ArchiveEntry[] = [];
  const ranges: [number, number][] = [];
  let total = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > buf.length || view.getUint32(at, true) !== CENTRAL) throw corrupt();
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const mode = view.getUint32(at + 38, true) >>> 16;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(buf.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);

    checkEntryName(name);
    // Unix zips keep the file mode in the external attributes: a symlink (or a device) there is
    // extracted as such by unzip, whatever its bytes look like.
    const kind = mode & 0o170000;
    if (madeBy === 3 && kind !== 0 && kind !== 0o100000 && kind !== 0o040000) {
      throw linkRefusal(name);
    }
    if (flags & 1) throw new ArchiveRefusal("ARCHIVE-CHIFFREE", `Le fichier « ${name} » de l'archive est protégé par un mot de passe : Chorus Pro ne pourra pas le lire.`);
    if (local + 30 > buf.length || view.getUint32(local, true) !== LOCAL) throw corrupt();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + compressed;
    if (end > buf.length) throw corrupt();
    ranges.push([local, end]);
    if (name.endsWith("/")) continue;

    const data = buf.subarray(start, end);
    const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const parts: Uint8Array[] | null = keep?.(name, entries.length) ? [] : null;
    let head: Uint8Array = new Uint8Array(0);
    let size: number;
    if (method === 0) {
      size = data.length;
      if (size > budget) throw tooBig(limits);
      head = data.subarray(0, HEAD_BYTES);
      parts?.push(data.slice());
    } else if (method === 8) {
      try {
        size = inflateCapped(data, "raw", budget, (chunk) => {
          if (head.length < HEAD_BYTES) head = new Uint8Array([...head, ...chunk.subarray(0, HEAD_BYTES - head.length)]);
          parts?.push(chunk.slice());
        });
      } catch (error) {
        if (error instanceof InflateLimitError) throw tooBig(limits);
        throw corrupt();
      }
    } else {
      throw new ArchiveRefusal("ARCHIVE-METHODE", `Le fichier « ${name} » utilise une compression que Chorus Pro ne lit pas : recréez l'archive en ZIP standard (deflate).`);
    }
    checkRatio(size, compressed, limits);
    total += size;
    entries.push(finishEntry(name, size, head, parts ? joinChunks(parts, size) : undefined));
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i += 1) {
    if ((ranges[i]?.[0] ?? 0) < (ranges[i - 1]?.[1] ?? 0)) {
      throw new ArchiveRefusal("ARCHIVE-BOMBE", "L'archive ZIP a des fichiers qui se chevauchent, une technique de « bombe » de décompression : elle est refusée.");
    }
  }
  return entries;
}
