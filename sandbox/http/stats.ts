// Counters for GET /__sandbox/stats: per operation, per HTTP status, and per PISTE client.

export class Stats {
  private byOperation: Record<string, number> = {};
  private byStatus: Record<string, number> = {};
  private byClient: Record<string, { requests: number; byStatus: Record<string, number> }> = {};

  record(operation: string, status: number, clientId?: string): void {
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    if (clientId) {
      const c = (this.byClient[clientId] ??= { requests: 0, byStatus: {} });
      c.requests++;
      c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
    }
  }

  snapshot(tokensIssued: number) {
    return { tokensIssued, requests: { byOperation: this.byOperation, byStatus: this.byStatus, byClient: this.byClient } };
  }
}

/** Fixed one-second windows per PISTE client (SANDBOX_RATE_LIMIT); good enough to exercise back-off. */
export class RateLimiter {
  private windows = new Map<string, { second: number; count: number }>();
  constructor(public perSecond: number) {}

  /** Returns the seconds to wait when over the limit, else 0. */
  hit(clientId: string, now = Date.now()): number {
    const second = Math.floor(now / 1000);
    let w = this.windows.get(clientId);
    if (!w || w.second !== second) this.windows.set(clientId, (w = { second, count: 0 }));
    w.count++;
    return w.count > this.perSecond ? 1 : 0;
  }
}
