import "server-only";
import { NextResponse } from "next/server";
import { sniffType } from "@/lib/uploads/sniff-type";

/** A refusal or an error a route answers as JSON, with a French message a person can act on. */
export type Failure = { status: number; code: string; message: string };

export function isFailure<T extends object>(x: T | Failure): x is Failure {
  return "status" in x;
}

export function jsonError({ status, code, message }: Failure): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

export function fileResponse(bytes: Uint8Array, name: string, type: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": type,
      "content-length": String(bytes.length),
      // RFC 6266: an ASCII fallback plus the exact name for browsers that read filename*.
      "content-disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

const TYPES = { pdf: "application/pdf", zip: "application/zip", gzip: "application/gzip", xml: "application/xml", unknown: "application/octet-stream" } as const;
const EXTS = { pdf: "pdf", zip: "zip", gzip: "gz", xml: "xml", unknown: "bin" } as const;

/** The file type from its first bytes (never from a name Chorus Pro or a person chose). */
export function sniff(bytes: Uint8Array): { type: string; ext: string } {
  const kind = sniffType(bytes.subarray(0, 64));
  return { type: TYPES[kind], ext: EXTS[kind] };
}
