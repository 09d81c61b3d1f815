import { gzipSync } from "fflate";

// Builders of real archives and bombs for the tests, cheap enough to run on every `vitest run`.

/** A raw DEFLATE stream of `bytes` zeros, hand-encoded with fixed Huffman codes: a literal 0,
 * then (length 258, distance 1) copies. About 6.8 MB for 1 GB, built in a fraction of a second. */
export function deflatedZeros(bytes: number): Uint8Array {
  const reps = Math.floor((bytes - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + reps * 13 + 7) / 8) + 1);
  let acc = 0;
  let bits = 0;
  let at = 0;
  const put = (value: number, n: number) => {
    acc |= value << bits;
    bits += n;
    while (bits >= 8) {
      out[at++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  };
  const reverse = (code: number, n: number) => {
    let r = 0;
    for (let i = 0; i < n; i += 1) r |= ((code >> i) & 1) << (n - 1 - i);
    return r;
  };
  put(1, 1); // BFINAL
  put(1, 2); // fixed Huffman
  put(reverse(0x30, 8), 8); // literal 0
  const copy = reverse(0xc5, 8); // length symbol 285 (= 258), then distance code 0 (5 zero bits)
  for (let i = 0; i < reps; i += 1) put(copy, 13);
  put(0, 7); // end of block
  if (bits > 0) out[at++] = acc & 0xff;
  return out.subarray(0, at);
}

/** A ZIP with one entry per item, written by hand so that headers can lie about sizes. */
export function zipOf(items: { name: string; data: Uint8Array; method?: 0 | 8; declaredSize?: number; flags?: number }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const name = new TextEncoder().encode(item.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(6, item.flags ?? 0, true);
    lv.setUint16(8, item.method ?? 8, true);
    lv.setUint32(18, item.data.length, true);
    lv.setUint32(22, item.declaredSize ?? item.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(8, item.flags ?? 0, true);
    cv.setUint16(10, item.method ?? 8, true);
    cv.setUint32(20, item.data.length, true);
    cv.setUint32(24, item.declaredSize ?? item.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, item.data);
    central.push(cd);
    offset += local.length + item.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, items.length, true);
  ev.setUint16(10, items.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...chunks, ...central, eocd]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One tar header (ustar) for `name`, declaring `size` bytes. */
export function tarHeader(name: string, size: number, type = "0", opts: { prefix?: string; mode?: string } = {}): Uint8Array {
  const h = new Uint8Array(512);
  const put = (text: string, at: number) => h.set(new TextEncoder().encode(text), at);
  put(name, 0);
  put(opts.mode ?? "0000644\0", 100);
  put("0000000\0", 108);
  put("0000000\0", 116);
  put(size.toString(8).padStart(11, "0") + "\0", 124);
  put("00000000000\0", 136);
  put("        ", 148);
  put(type, 156);
  put("ustar\u000000", 257);
  if (opts.prefix) put(opts.prefix, 345);
  const sum = h.reduce((a, b) => a + b, 0);
  put(sum.toString(8).padStart(6, "0") + "\0 ", 148);
  return h;
}

export type TarItem = { name: string; data: Uint8Array; type?: string; prefix?: string };

const pad = (n: number) => new Uint8Array((512 - (n % 512)) % 512);

/** An uncompressed tar of the items (then `end` zero blocks: two, as tar writes them). */
export function tarOf(items: TarItem[], end = 2): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of items) parts.push(tarHeader(f.name, f.data.length, f.type, { prefix: f.prefix }), f.data, pad(f.data.length));
  parts.push(new Uint8Array(512 * end));
  return concat(parts);
}

/** A .tar.gz of real files. */
export function tarGzOf(files: TarItem[]): Uint8Array {
  return gzipSync(tarOf(files), { level: 9 });
}

/** A pax extended header item ("x") carrying `records`, to put before the entry it describes. */
export function paxItem(records: Record<string, string>): TarItem {
  const text = Object.entries(records).map(([k, v]) => {
    const body = ` ${k}=${v}\n`;
    let length = body.length + 1;
    while (`${length}${body}`.length !== length) length = `${length}${body}`.length;
    return `${length}${body}`;
  }).join("");
  return { name: "PaxHeaders/x", data: new TextEncoder().encode(text), type: "x" };
}

/** A GNU long-name item ("L"), to put before the entry it names. */
export function gnuLongNameItem(name: string): TarItem {
  return { name: "././@LongLink", data: new TextEncoder().encode(`${name}\0`), type: "L" };
}

/** A gzip of `megabytes` MB of zeros: one level-9 member of 1 MB, repeated (RFC 1952 allows
 * concatenated members), so 1 GB costs ~1 MB of memory and one compression. */
export function gzipZerosMembers(megabytes: number, prefix?: Uint8Array): Uint8Array {
  const member = gzipSync(new Uint8Array(1 << 20), { level: 9 });
  const parts: Uint8Array[] = prefix ? [gzipSync(prefix)] : [];
  for (let i = 0; i < megabytes; i += 1) parts.push(member);
  return concat(parts);
}
