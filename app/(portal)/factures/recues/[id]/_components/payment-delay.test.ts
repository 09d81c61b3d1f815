import { describe, expect, it } from "vitest";
import { paymentDelay } from "./payment-delay";

const h = (code: "DEPOSEE" | "MISE_A_DISPOSITION" | "SUSPENDUE", iso: string) => ({ histoStatutCode: code, histoStatutDatePassage: new Date(iso) });

describe("paymentDelay", () => {
  const history = [h("MISE_A_DISPOSITION", "2026-11-10T10:00:00Z"), h("SUSPENDUE", "2026-11-05T10:00:00Z"), h("MISE_A_DISPOSITION", "2026-11-01T10:00:00Z"), h("DEPOSEE", "2026-11-01T09:00:00Z")];
  it("counts from the first MISE_A_DISPOSITION", () => {
    const d = paymentDelay(history, "MISE_A_DISPOSITION", 30, new Date("2026-11-11T09:00:00Z"));
    expect(d).toMatchObject({ elapsedDays: 9, remainingDays: 21, level: "ok" });
    expect(d?.receivedAt.toISOString()).toBe("2026-11-01T10:00:00.000Z");
  });
  it("warns from 80 % and flags an overdue invoice", () => {
    expect(paymentDelay(history, "MISE_A_DISPOSITION", 30, new Date("2026-11-25T10:00:00Z"))?.level).toBe("warning");
    expect(paymentDelay(history, "MANDATEE", 30, new Date("2026-12-02T10:00:00Z"))).toMatchObject({ elapsedDays: 31, level: "over", remainingDays: -1 });
    expect(paymentDelay(history, "MISE_A_DISPOSITION", 50, new Date("2026-12-02T10:00:00Z"))?.level).toBe("ok");
  });
  it("is absent before reception and once paid", () => {
    expect(paymentDelay([h("DEPOSEE", "2026-11-01T09:00:00Z")], "DEPOSEE", 30, new Date())).toBeNull();
    expect(paymentDelay(history, "MISE_EN_PAIEMENT", 30, new Date())).toBeNull();
  });
});
