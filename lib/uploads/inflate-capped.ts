import { Gunzip, Inflate, Unzlib } from "fflate";

export type InflateFormat = "raw" | "zlib" | "gzip";

/** Thrown when the inflated output would pass the cap: the input is a (de)compression bomb. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`Inflated output exceeds ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

// Deflate expands at most ~1032:1, so 4 KB of input yields at most ~4 MB of output per push:
// the byte counter stops a bomb after a few megabytes, whatever the archive claims.
const INPUT_SLICE = 4096;

/**
 * Inflates `data` chunk by chunk, handing each output chunk to `onChunk` and throwing
 * InflateLimitError as soon as the total passes `maxBytes`. Returns the number of bytes produced.
 * Corrupt data throws fflate's own error.
 */
export function inflateCapped(
  data: Uint8Array,
  format: InflateFormat,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void = () => {},
): number {
  let produced = 0;
  const handler = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > maxBytes) throw new InflateLimitError(maxBytes);
    onChunk(chunk);
  };
  const stream = format === "raw" ? new Inflate(handler) : format === "zlib" ? new Unzlib(handler) : new Gunzip(handler);
  if (data.length === 0) stream.push(data, true);
  for (let offset = 0; offset < data.length; offset += INPUT_SLICE) {
    const end = Math.min(offset + INPUT_SLICE, data.length);
    stream.push(data.subarray(offset, end), end === data.length);
  }
  return produced;
}

/** Same, collecting the output (only for small caps: the result is held in memory). */
export function inflateToBytes(data: Uint8Array, format: InflateFormat, maxBytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const total = inflateCapped(data, format, maxBytes, (chunk) => parts.push(chunk.slice()));
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
