export type SniffedType = "pdf" | "zip" | "gzip" | "xml" | "unknown";

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/** Decodes the first bytes as UTF-16 when a BOM or the `<\0` / `\0<` pattern says so. */
function headText(head: Uint8Array): string {
  let encoding = "utf-8";
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0x3c, 0x00])) encoding = "utf-16le";
  else if (startsWith(head, [0xfe, 0xff]) || startsWith(head, [0x00, 0x3c])) encoding = "utf-16be";
  return new TextDecoder(encoding).decode(head.subarray(0, 256)).replace(/^\ufeff/, "");
}

/**
 * What a file is, from its first bytes (pass at least 8; 64 is plenty), never from its name.
 * XML: optional BOM, then `<?xml`, or `<` after whitespace.
 */
export function sniffType(head: Uint8Array): SniffedType {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  // PK\3\4 (an entry first) or PK\5\6 (an empty archive: only the end record).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(head, [0x1f, 0x8b])) return "gzip";
  const text = headText(head);
  if (/^<\?xml[\s?]/.test(text) || /^\s*<[A-Za-z_!?]/.test(text)) return "xml";
  return "unknown";
}
