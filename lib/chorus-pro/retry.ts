// Backoff arithmetic, pure so that it is unit-tested without clocks.
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS } from "./inferred";

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Full-jitter exponential backoff (AWS architecture blog): spreading retries uniformly avoids the
 * synchronised retry waves that a fixed delay produces when many callers fail at once.
 * attempt is 1 for the first retry. Retry-After, when given, is a floor.
 */
export function backoffDelay(attempt: number, opts: { baseMs?: number; capMs?: number; retryAfterMs?: number | null; random?: () => number } = {}): number {
  const base = opts.baseMs ?? BACKOFF_BASE_MS;
  const cap = opts.capMs ?? BACKOFF_CAP_MS;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor((opts.random ?? Math.random)() * ceiling);
  return Math.max(jittered, opts.retryAfterMs ?? 0);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => { signal?.removeEventListener("abort", onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(signal?.reason); };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
