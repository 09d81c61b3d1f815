// Archives built at test time (no binary committed): a tiny ustar writer, gzip from node:zlib.
import { gzipSync } from "node:zlib";

export type TarItem = { name: string; data?: Buffer | string; type?: string; prefix?: string };

function header(name: string, size: number, type: string, prefix = ""): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100);
  h.write("0000000\0", 108);
  h.write("0000000\0", 116);
  h.write(size.toString(8).padStart(11, "0") + "\0", 124);
  h.write("00000000000\0", 136);
  h.write("        ", 148);
  h.write(type, 156);
  h.write("ustar\u000000", 257);
  if (prefix) h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148);
  return h;
}

/** An uncompressed tar; `end` zero blocks close it (two, as tar writes them). */
export function tar(items: TarItem[], end = 2): Buffer {
  const parts: Buffer[] = [];
  for (const item of items) {
    const data = Buffer.from(item.data ?? "");
    parts.push(header(item.name, data.length, item.type ?? "0", item.prefix), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(512 * end));
  return Buffer.concat(parts);
}

export const tarGz = (items: TarItem[]) => gzipSync(tar(items));

/** A pax "x" record set, placed before the entry it describes. */
export function pax(records: Record<string, string>): TarItem {
  const data = Object.entries(records).map(([k, v]) => {
    const body = ` ${k}=${v}\n`;
    let n = Buffer.byteLength(body) + 1;
    while (Buffer.byteLength(`${n}${body}`) !== n) n = Buffer.byteLength(`${n}${body}`);
    return `${n}${body}`;
  }).join("");
  return { name: "PaxHeaders/f", data, type: "x" };
}

/** `megabytes` MB of zeros as concatenated gzip members: 1 GB costs ~1 MB. */
export function gzipBomb(megabytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
  return Buffer.concat(Array.from({ length: megabytes }, () => member));
}
