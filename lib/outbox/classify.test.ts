import { describe, expect, it } from "vitest";
import { ChorusProError } from "@/lib/chorus-pro/errors";
import { classifyFailure, outboxBackoff } from "./classify";

const err = (kind: ConstructorParameters<typeof ChorusProError>[0]["kind"], extra: Partial<ConstructorParameters<typeof ChorusProError>[0]> = {}) =>
  new ChorusProError({ kind, operation: "factures.soumettre", ...extra });

describe("classifyFailure", () => {
  it("business refusals are final, with the French reason kept", () => {
    const d = classifyFailure(err("business", { codeRetour: 20001, libelle: "GDP_MSG_11.005 - Non habilité" }), 1);
    expect(d.status).toBe("failed");
    expect(d.lastError).toMatchObject({ kind: "business", codeRetour: 20001 });
    expect(d.lastError.userMessage).toContain("Non habilité");
    expect(classifyFailure(err("service_code_required"), 1).status).toBe("failed");
  });
  it("timeouts and 5xx that may have been applied become uncertain", () => {
    expect(classifyFailure(err("timeout", { outcomeUnknown: true }), 1).status).toBe("uncertain");
    expect(classifyFailure(err("gateway_timeout", { httpStatus: 504, outcomeUnknown: true }), 1).status).toBe("uncertain");
    expect(classifyFailure(err("invalid_response"), 1).status).toBe("uncertain");
    expect(classifyFailure(err("timeout", { outcomeUnknown: true }), 1).delayMs).toBeGreaterThanOrEqual(2000);
  });
  it("refusals before processing go back to pending, honouring Retry-After", () => {
    const d = classifyFailure(err("rate_limited", { httpStatus: 429, retryAfterMs: 30_000 }), 1);
    expect(d.status).toBe("pending");
    expect(d.delayMs).toBe(30_000);
    expect(classifyFailure(new Error("db down"), 1).status).toBe("pending");
  });
  it("gives up after the attempt bound", () => {
    expect(classifyFailure(err("unavailable"), 25).status).toBe("failed");
  });
});

describe("outboxBackoff", () => {
  it("grows, is capped and never immediate", () => {
    expect(outboxBackoff(1, 0, () => 0)).toBe(500);
    expect(outboxBackoff(4, 0, () => 0)).toBe(4000);
    expect(outboxBackoff(40, 0, () => 0.999)).toBeLessThanOrEqual(300_000);
  });
});
