import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { base64Chunks, base64JsonBody, base64JsonBodyFrom, jsonEnvelope, streamedBodyLength } from "./streamed-body";

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
async function* pieces(buf: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const n of sizes) { yield buf.subarray(at, at + n); at += n; }
  if (at < buf.length) yield buf.subarray(at);
}

describe("base64Chunks", () => {
  it("equals Buffer base64 whatever the chunk boundaries", async () => {
    const data = randomBytes(1000);
    for (const sizes of [[1], [2, 2, 2], [3, 5, 7, 11], [999], [0, 1000]]) {
      let out = "";
      for await (const c of base64Chunks(pieces(data, sizes))) out += Buffer.from(c).toString("latin1");
      expect(out).toBe(data.toString("base64"));
    }
  });
  it("encodes an empty source as nothing", async () => {
    const out: Uint8Array[] = [];
    for await (const c of base64Chunks(pieces(Buffer.alloc(0), []))) out.push(c);
    expect(out).toEqual([]);
  });
});

describe("base64JsonBody", () => {
  it("builds the same JSON as JSON.stringify, file field last", async () => {
    const data = randomBytes(100_001);
    const fields = { idUtilisateurCourant: 1001, nomFichier: "facture é.xml", syntaxeFlux: "IN_DP_E1_UBL_INVOICE" };
    const body = await text(base64JsonBodyFrom(fields, "fichierFlux", () => pieces(data, [7, 65536]))());
    expect(JSON.parse(body)).toEqual({ ...fields, fichierFlux: data.toString("base64") });
    expect(Buffer.byteLength(body)).toBe(streamedBodyLength(fields, "fichierFlux", data.length));
  });
  it("reads the file from disk, and a new stream for each call", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sb-"));
    const file = path.join(dir, "f.bin");
    const data = randomBytes(200_000);
    writeFileSync(file, data);
    const make = base64JsonBody({}, "pieceJointeFichier", file);
    for (let i = 0; i < 2; i++) expect(JSON.parse(await text(make()))).toEqual({ pieceJointeFichier: data.toString("base64") });
  });
  it("opens an object without fields", () => {
    expect(jsonEnvelope({}, "x")).toEqual({ prefix: '{"x":"', suffix: '"}' });
  });
});
