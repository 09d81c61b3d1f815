// The pieces of the tar format a flux batch needs (POSIX ustar, with GNU and pax extensions):
// 512-byte header blocks, NUL-terminated names, octal numbers, the header checksum, pax records.

export const BLOCK = 512;

export type TarHeader = {
  name: string;
  /** typeflag: "0"/"\0" file, "5" directory, "x"/"g" pax, "L"/"K" GNU long names, others special */
  type: string;
  size: number;
};

export const cstring = (block: Uint8Array, from: number, length: number): string => {
  const slice = block.subarray(from, from + length);
  const nul = slice.indexOf(0);
  return new TextDecoder().decode(nul === -1 ? slice : slice.subarray(0, nul));
};

/** An octal field (space or NUL terminated); null when it is not octal or is GNU base-256. */
export function octal(block: Uint8Array, from: number, length: number): number | null {
  // Base-256 numbers (high bit set) only exist past 8 GB: never a flux batch.
  if ((block[from] ?? 0) & 0x80) return null;
  const text = cstring(block, from, length).trim();
  if (!/^[0-7]*$/.test(text)) return null;
  return text === "" ? 0 : parseInt(text, 8);
}

/** The checksum counts the checksum field as eight spaces (unsigned sum, as every tar writes it). */
export function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
  return sum === octal(block, 148, 8);
}

/**
 * Reads a header block; null when the block is not a tar header (bad checksum or numbers): this
 * is how a gzip holding something else than a tar is told apart from a .tar.gz.
 */
export function readHeader(block: Uint8Array): TarHeader | null {
  if (block.length !== BLOCK || !checksumOk(block)) return null;
  const size = octal(block, 124, 12);
  if (size === null) return null;
  // ustar splits long paths in prefix (155) + name (100); old v7 tars have no prefix.
  const prefix = cstring(block, 257, 5) === "ustar" ? cstring(block, 345, 155) : "";
  const name = cstring(block, 0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, type: String.fromCharCode(block[156] ?? 0), size };
}

export const isZeroBlock = (block: Uint8Array) => block.every((b) => b === 0);

/**
 * pax extended header records, `"<length> <key>=<value>\n"` where length counts the whole record
 * (values may hold newlines, so records are cut by length, never by line). Null when malformed.
 */
export function parsePax(data: Uint8Array): Map<string, string> | null {
  const out = new Map<string, string>();
  const decoder = new TextDecoder();
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break; // some writers pad the record block with NULs
    let space = at;
    while (space < data.length && data[space] !== 0x20) space += 1;
    const length = Number(decoder.decode(data.subarray(at, space)));
    if (!Number.isInteger(length) || length <= space - at + 1 || at + length > data.length || data[at + length - 1] !== 0x0a) return null;
    const record = decoder.decode(data.subarray(space + 1, at + length - 1));
    const eq = record.indexOf("=");
    if (eq <= 0) return null;
    out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}
