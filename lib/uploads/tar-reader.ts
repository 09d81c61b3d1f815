import { gunzipCapped } from "./gunzip-capped";
import { InflateLimitError } from "./inflate-capped";
import { ArchiveRefusal, checkEntryName, checkRatio, finishEntry, joinChunks, linkRefusal, tooBig, tooMany, type ArchiveEntry, type ArchiveLimits, type KeepEntry } from "./archive-entry";
import { BLOCK, isZeroBlock, parsePax, readHeader } from "./tar-header";

const HEAD_BYTES = 64;
/** pax and GNU long-name records hold a path or two: 64 KB is far more than any honest one. */
const META_MAX = 65_536;
const FILE_TYPES = ["0", "\0", "7"];

const corrupt = () => new ArchiveRefusal("ARCHIVE-ILLISIBLE", "L'archive .tar.gz est endommagée ou incomplète (fichier tronqué ?) : recréez-la puis déposez-la à nouveau.");
const notTar = () => new ArchiveRefusal("ARCHIVE-PAS-TAR", "Ce fichier est bien compressé (gzip) mais ne contient pas d'archive tar : créez le lot avec un outil d'archivage (par exemple « tar -czf lot.tar.gz *.xml ») ou déposez une archive .zip.");

type Current = { name: string; type: string; size: number; remaining: number; head: Uint8Array; headLength: number; parts: Uint8Array[] | null; meta: boolean };

/**
 * Gunzips with a byte counter and reads the tar stream as it comes (512-byte headers, data,
 * padding): nothing is held but the current header, the first bytes of each entry and the
 * entries `keep` asks for. Links, devices and anything but plain files and folders are refused;
 * pax `path`/`size` and GNU long names are applied so that the real names are checked too.
 */
export async function readTarGz(buf: Uint8Array, limits: ArchiveLimits, keep?: KeepEntry): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  const header = new Uint8Array(BLOCK);
  let fill = 0;
  let current: Current | null = null;
  let padding = 0;
  let zeroBlocks = 0;
  let headers = 0;
  let count = 0;
  let pending: { path?: string; size?: number } = {};

  const onHeader = () => {
    fill = 0;
    if (isZeroBlock(header)) {
      zeroBlocks += 1;
      return;
    }
    // A zero block ends the archive for GNU tar: whatever follows would be checked here and
    // never seen by Chorus Pro (or the reverse), so it is refused.
    if (zeroBlocks > 0) throw corrupt();
    const h = readHeader(header);
    if (!h) throw headers === 0 ? notTar() : corrupt();
    headers += 1;
    const meta = h.type === "x" || h.type === "g" || h.type === "L";
    let { name, size } = h;
    if (meta) {
      if (size > META_MAX) throw corrupt();
    } else {
      name = pending.path ?? name;
      size = pending.size ?? size;
      pending = {};
      if ((count += 1) > limits.maxEntries) throw tooMany(limits);
      if (name === "") throw corrupt();
      checkEntryName(name);
      if (!FILE_TYPES.includes(h.type) && h.type !== "5") throw linkRefusal(name);
      if (size > limits.maxEntryBytes) throw tooBig(limits);
    }
    const file = !meta && FILE_TYPES.includes(h.type) && !name.endsWith("/");
    const kept = meta || (file && (keep?.(name, entries.length) ?? false));
    current = { name, type: file ? "file" : h.type, size, remaining: size, head: new Uint8Array(HEAD_BYTES), headLength: 0, parts: kept ? [] : null, meta };
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) onEnd();
  };

  const onEnd = () => {
    const entry = current;
    current = null;
    if (!entry) return;
    const data = entry.parts ? joinChunks(entry.parts, entry.size) : undefined;
    if (entry.meta && data) {
      if (entry.type === "L") pending.path = new TextDecoder().decode(data).replace(/\0+$/, "");
      if (entry.type === "x") {
        const records = parsePax(data);
        if (!records) throw corrupt();
        const path = records.get("path");
        const size = records.get("size");
        if (path !== undefined) pending.path = path;
        if (size !== undefined) {
          if (!/^\d{1,15}$/.test(size)) throw corrupt();
          pending.size = Number(size);
        }
      }
      // "g" (global pax defaults) carries no path or size of a given file: skipped.
    } else if (entry.type === "file") {
      entries.push(finishEntry(entry.name, entry.size, entry.head.subarray(0, entry.headLength), data));
    }
  };

  const push = (chunk: Uint8Array) => {
    let i = 0;
    while (i < chunk.length) {
      if (current && current.remaining > 0) {
        const n = Math.min(current.remaining, chunk.length - i);
        const part = chunk.subarray(i, i + n);
        if (current.headLength < HEAD_BYTES) {
          const take = part.subarray(0, HEAD_BYTES - current.headLength);
          current.head.set(take, current.headLength);
          current.headLength += take.length;
        }
        current.parts?.push(part.slice());
        current.remaining -= n;
        i += n;
        if (current.remaining === 0) onEnd();
      } else if (padding > 0) {
        const n = Math.min(padding, chunk.length - i);
        padding -= n;
        i += n;
      } else {
        const n = Math.min(BLOCK - fill, chunk.length - i);
        header.set(chunk.subarray(i, i + n), fill);
        fill += n;
        i += n;
        if (fill === BLOCK) onHeader();
      }
    }
  };

  let produced: number;
  try {
    produced = await gunzipCapped(buf, limits.maxTotalBytes, push);
  } catch (error) {
    if (error instanceof ArchiveRefusal) throw error;
    if (error instanceof InflateLimitError) throw tooBig(limits);
    // zlib's own errors: bad header, truncated stream, CRC-32 or length trailer wrong.
    throw corrupt();
  }
  // Less than one header (a small gzipped XML, an empty gzip): something else than a tar.
  if (headers === 0 && zeroBlocks === 0) throw notTar();
  // A tar ends with zero blocks; without them the archive was cut.
  if (current || fill !== 0 || padding !== 0 || zeroBlocks === 0) throw corrupt();
  checkRatio(produced, buf.length, limits);
  return entries;
}
