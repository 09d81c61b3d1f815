import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { MAX_FAILURES, clearFailures, isThrottled, recordFailure } from "./throttle";

describe("sign-in throttling on PostgreSQL", () => {
  afterAll(closeDb);

  it("throttles an account after 5 failures, whatever the address", async () => {
    const email = `t${Date.now()}@example.test`;
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(email, `10.0.0.${i}`);
    expect(await isThrottled(email, "10.9.9.9")).toBe(false);
    await recordFailure(email, "10.0.0.99");
    expect(await isThrottled(email, "10.9.9.9")).toBe(true);
    await clearFailures(email);
    expect(await isThrottled(email, "10.9.9.9")).toBe(false);
  });

  it("throttles an address after 5 failures, whatever the account", async () => {
    const ip = `192.0.2.${Date.now() % 250}`;
    for (let i = 0; i < MAX_FAILURES; i++) await recordFailure(`u${i}-${Date.now()}@example.test`, ip);
    expect(await isThrottled(`fresh-${Date.now()}@example.test`, ip)).toBe(true);
  });
});
