// A JSON request body whose one big field (a file, base64) is read from disk as it is sent.
// Chorus Pro wants files as base64 inside JSON: building that string would hold a 30 MB flux
// 1 + 4/3 + 2 (UTF-16) times in memory; streaming keeps a few 48 KB chunks instead.
import { createReadStream } from "node:fs";

const CHUNK = 48 * 1024; // a multiple of 3: whole base64 quanta per chunk, no padding inside

/** Base64 of a byte stream, chunk by chunk, carrying the 0–2 bytes that do not fill a quantum. */
export async function* base64Chunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const whole = buf.length - (buf.length % 3);
    if (whole > 0) yield Buffer.from(buf.subarray(0, whole).toString("base64"), "latin1");
    carry = Buffer.from(buf.subarray(whole));
  }
  if (carry.length) yield Buffer.from(carry.toString("base64"), "latin1");
}

/** Splits fields around the file: `{…fields,"<fileField>":"` + base64 + `"}`. */
export function jsonEnvelope(fields: Record<string, unknown>, fileField: string): { prefix: string; suffix: string } {
  const head = JSON.stringify(fields);
  const open = head === "{}" ? "{" : `${head.slice(0, -1)},`;
  return { prefix: `${open}${JSON.stringify(fileField)}:"`, suffix: '"}' };
}

/** Exact byte length of the body (lets the server check the size before reading it). */
export function streamedBodyLength(fields: Record<string, unknown>, fileField: string, fileSize: number): number {
  const { prefix, suffix } = jsonEnvelope(fields, fileField);
  return Buffer.byteLength(prefix) + 4 * Math.ceil(fileSize / 3) + Buffer.byteLength(suffix);
}

async function* bodyParts(fields: Record<string, unknown>, fileField: string, source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const { prefix, suffix } = jsonEnvelope(fields, fileField);
  yield Buffer.from(prefix, "utf8");
  yield* base64Chunks(source);
  yield Buffer.from(suffix, "utf8");
}

function toWebStream(it: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() { await it.return(undefined); },
  }, { highWaterMark: 1 });
}

/**
 * A factory (a stream is read once; a request re-sent after a 401 needs a new one) of the JSON
 * body with `fileField` holding the base64 of the file at `filePath`.
 */
export function base64JsonBody(fields: Record<string, unknown>, fileField: string, filePath: string): () => ReadableStream<Uint8Array> {
  return () => toWebStream(bodyParts(fields, fileField, createReadStream(filePath, { highWaterMark: CHUNK })));
}

/** Same, from any byte source (tests). */
export function base64JsonBodyFrom(fields: Record<string, unknown>, fileField: string, source: () => AsyncIterable<Uint8Array>): () => ReadableStream<Uint8Array> {
  return () => toWebStream(bodyParts(fields, fileField, source()));
}
