import { inflateCapped, InflateLimitError } from "./inflate-capped";
import { ArchiveRefusal, checkEntryName, checkRatio, finishEntry, tooBig, tooMany, type ArchiveEntry, type ArchiveLimits } from "./archive-entry";

const BLOCK = 512;
const HEAD_BYTES = 64;
const META_MAX = 65_536;
const corrupt = () => new ArchiveRefusal("ARCHIVE-ILLISIBLE", "L'archive .tar.gz est endommagée ou incomplète : recréez-la.");

const cstring = (block: Uint8Array, from: number, length: number) => {
  const slice = block.subarray(from, from + length);
  const nul = slice.indexOf(0);
  return new TextDecoder().decode(nul === -1 ? slice : slice.subarray(0, nul));
};

function octal(block: Uint8Array, from: number, length: number): number {
  // Base-256 sizes (high bit set) only exist past 8 GB: refused as corrupt for a flux batch.
  if ((block[from] ?? 0) & 0x80) throw corrupt();
  const text = cstring(block, from, length).trim();
  if (!/^[0-7]*$/.test(text)) throw corrupt();
  return text === "" ? 0 : parseInt(text, 8);
}

function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
  return sum === octal(block, 148, 8);
}

type Current = { name: string; type: string; size: number; remaining: number; head: Uint8Array; meta: number[] | null };

/**
 * Gunzips with a byte counter and reads the tar stream as it comes (512-byte headers, data,
 * padding): nothing is held but the current header and the first bytes of each entry. Links and
 * devices are refused; pax `path=` and GNU long names are honoured so that they are checked too.
 */
export function readTarGz(buf: Uint8Array, limits: ArchiveLimits): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const header = new Uint8Array(BLOCK);
  let fill = 0;
  let current: Current | null = null;
  let padding = 0;
  let zeroBlocks = 0;
  let longName: string | null = null;
  let count = 0;

  const onHeader = () => {
    fill = 0;
    if (header.every((b) => b === 0)) {
      zeroBlocks += 1;
      return;
    }
    if (zeroBlocks >= 2 || !checksumOk(header)) throw corrupt();
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = cstring(header, 257, 5) === "ustar" ? cstring(header, 345, 155) : "";
    const name = longName ?? (prefix ? `${prefix}/${cstring(header, 0, 100)}` : cstring(header, 0, 100));
    const size = octal(header, 124, 12);
    const meta = type === "x" || type === "L" || type === "g";
    if (!meta) {
      longName = null;
      if ((count += 1) > limits.maxEntries) throw tooMany(limits);
      checkEntryName(name);
      if (!["0", "\0", "7", "5"].includes(type)) {
        throw new ArchiveRefusal("ARCHIVE-LIEN", `L'archive contient un lien ou un fichier spécial (« ${name} ») : seules des factures sont acceptées.`);
      }
      if (size > limits.maxEntryBytes) throw tooBig(limits);
    } else if (size > META_MAX) throw corrupt();
    current = { name, type, size, remaining: size, head: new Uint8Array(0), meta: meta ? [] : null };
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) onEnd();
  };

  const onEnd = () => {
    const entry = current;
    current = null;
    if (!entry) return;
    if (entry.meta) {
      const text = new TextDecoder().decode(new Uint8Array(entry.meta));
      if (entry.type === "L") longName = text.replace(/\0+$/, "");
      if (entry.type === "x") longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1] ?? longName;
    } else if (entry.type !== "5") {
      entries.push(finishEntry(entry.name, entry.size, entry.head));
    }
  };

  const push = (chunk: Uint8Array) => {
    let i = 0;
    while (i < chunk.length) {
      if (current && current.remaining > 0) {
        const n = Math.min(current.remaining, chunk.length - i);
        const part = chunk.subarray(i, i + n);
        if (current.meta) current.meta.push(...part);
        else if (current.head.length < HEAD_BYTES) current.head = new Uint8Array([...current.head, ...part.subarray(0, HEAD_BYTES - current.head.length)]);
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
    produced = inflateCapped(buf, "gzip", limits.maxTotalBytes, push);
  } catch (error) {
    if (error instanceof ArchiveRefusal) throw error;
    if (error instanceof InflateLimitError) throw tooBig(limits);
    throw corrupt();
  }
  // A tar ends with zero blocks; without one, the gzip was cut or was never a tar.
  if (current || fill !== 0 || zeroBlocks === 0) throw corrupt();
  checkRatio(produced, buf.length, limits);
  return entries;
}
