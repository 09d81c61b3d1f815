import "server-only";
import { Readable } from "node:stream";
import { Agent, request } from "undici";

// The gateway's HTTP transport: undici's request() on one keep-alive agent, not the global fetch.
// fetch wraps every exchange in WHATWG Request/Response/stream objects; on a 20-row search against
// a local sandbox that costs ~0.1 ms of CPU per call, more than all the gateway's own work
// (measured by `npm run bench -- gateway`). Timeouts are undici's: no response headers within
// `timeoutMs`, or `timeoutMs` without a byte of the body — so a large download that keeps flowing
// is not cut, and no timer or AbortSignal outlives the call. undici checks them on a ~0.5 s tick,
// which is precise enough for a 30 s budget.

const agent = new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });

export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** JSON text, or a fresh stream per attempt (files sent as base64 inside the JSON) */
  body?: string | ReadableStream<Uint8Array>;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  ok: boolean;
  header(name: string): string | null;
  /** the parsed JSON body; the raw text when it is not JSON; undefined when empty */
  body: unknown;
}

/** A failure before a complete answer: refused connection, reset, timeout. */
export class TransportFailure extends Error {
  constructor(readonly timedOut: boolean, readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : "transport failure");
    this.name = "TransportFailure";
  }
}

const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT"]);

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try { return JSON.parse(text) as unknown; } catch { return text; }
}

export async function send(req: HttpRequest): Promise<HttpResponse> {
  try {
    const res = await request(req.url, {
      method: req.method as "POST",
      headers: req.headers,
      body: typeof req.body === "string" || req.body === undefined ? req.body : Readable.fromWeb(req.body as import("node:stream/web").ReadableStream<Uint8Array>),
      dispatcher: agent,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
      signal: req.signal,
    });
    const body = parseBody(await res.body.text());
    const headers = res.headers;
    return {
      status: res.statusCode,
      ok: res.statusCode >= 200 && res.statusCode < 300,
      header: (name) => {
        const v = headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
      },
      body,
    };
  } catch (cause) {
    if (req.signal?.aborted) throw req.signal.reason;
    const code = (cause as { code?: unknown } | null)?.code;
    throw new TransportFailure(typeof code === "string" && TIMEOUT_CODES.has(code), cause);
  }
}
