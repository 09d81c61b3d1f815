import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { startTestServer } from "./test-server";
import { createTokenManager } from "./token";

let srv: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { srv = await startTestServer(); });
afterAll(async () => { await srv.close(); });

function manager(now: () => number, marginMs = 300_000) {
  return createTokenManager({
    tokenUrl: () => `${srv.url}/api/oauth/token`,
    client: async () => ({ client_id: "c", client_secret: "s" }),
    marginMs: () => marginMs, now,
  });
}

describe("token manager", () => {
  it("single flight: 200 waiting callers, one request", async () => {
    srv.reset(); srv.setToken({ delayMs: 30 });
    const m = manager(Date.now);
    const tokens = await Promise.all(Array.from({ length: 200 }, () => m.getToken()));
    expect(new Set(tokens)).toEqual(new Set(["t1"]));
    expect(srv.tokenCount).toBe(1);
  });

  it("renews ahead of expiry by the margin", async () => {
    srv.reset();
    let t = 1_000_000;
    const m = manager(() => t);
    expect(await m.getToken()).toBe("t1");
    t += (3600 - 301) * 1000;
    expect(await m.getToken()).toBe("t1");
    t += 2000;
    expect(await m.getToken()).toBe("t2");
  });

  it("short-lived tokens are renewed at half-life, not on every call", async () => {
    srv.reset(); srv.setToken({ expiresIn: 60 });
    let t = 0;
    const m = manager(() => t);
    await m.getToken(); t += 29_000; await m.getToken();
    expect(srv.tokenCount).toBe(1);
    t += 2_000; await m.getToken();
    expect(srv.tokenCount).toBe(2);
  });

  it("invalidate drops only the current token", async () => {
    srv.reset();
    const m = manager(Date.now);
    const first = await m.getToken();
    m.invalidate("not-the-token");
    expect(await m.getToken()).toBe(first);
    m.invalidate(first);
    expect(await m.getToken()).toBe("t2");
  });

  it("a failed request is not cached", async () => {
    srv.reset(); srv.setToken({ status: 500 });
    const m = manager(Date.now);
    await expect(m.getToken()).rejects.toMatchObject({ kind: "unavailable" });
    srv.setToken({ status: 200 });
    expect(await m.getToken()).toBe("t2");
  });

  it("refused credentials are remembered 15 s: no storm of token requests, then a new try", async () => {
    srv.reset(); srv.setToken({ status: 401 });
    let t = 1_000_000;
    const m = manager(() => t);
    await expect(m.getToken()).rejects.toMatchObject({ kind: "piste_credentials" });
    for (let i = 0; i < 20; i++) await expect(m.getToken()).rejects.toMatchObject({ kind: "piste_credentials" });
    expect(srv.tokenCount).toBe(1);
    srv.setToken({ status: 200 });
    t += 16_000;
    expect(await m.getToken()).toMatch(/^t\d+$/);
    expect(srv.tokenCount).toBe(2);
  });
});
