import { createGunzip } from "node:zlib";
import { InflateLimitError } from "./inflate-capped";

// Output slices handed to the reader: small enough that a bomb is stopped a few hundred
// kilobytes past the cap, large enough not to cost a callback per kilobyte.
const CHUNK = 64 * 1024;

/**
 * Gunzips `data` as a stream (node:zlib: concatenated members, CRC-32 and length trailer checked),
 * handing each output chunk to `onChunk` and stopping with InflateLimitError as soon as the
 * total passes `maxBytes`: the archive's own claims are never trusted. An error thrown by
 * `onChunk` stops the stream too and is passed on. Resolves with the number of bytes produced.
 */
export function gunzipCapped(data: Uint8Array, maxBytes: number, onChunk: (chunk: Uint8Array) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip({ chunkSize: CHUNK });
    let produced = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      gunzip.destroy();
      reject(error);
    };
    gunzip.on("data", (chunk: Buffer) => {
      if (settled) return;
      produced += chunk.length;
      try {
        if (produced > maxBytes) throw new InflateLimitError(maxBytes);
        onChunk(chunk);
      } catch (error) {
        fail(error);
      }
    });
    gunzip.on("error", fail);
    gunzip.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(produced);
    });
    gunzip.end(data);
  });
}
