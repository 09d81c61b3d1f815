import { describe, expect, it } from "vitest";
import { ChorusProError } from "@/lib/chorus-pro/errors";
import { classifyFailure, DUPLICATE_RECHECKS, isDuplicateRefusal, outboxBackoff, toOutboxError } from "./classify";

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

describe("an outcome that may have landed is never forgotten", () => {
  const unknownErr = () => err("bad_gateway", { httpStatus: 502, outcomeUnknown: true });
  const rateLimited = () => err("rate_limited", { httpStatus: 429, retryAfterMs: 30_000 });
  const duplicate = () => err("business", { httpStatus: 400, codeRetour: 20109, libelle: "GCU_MSG_01.109 - Le numéro de facture est déjà utilisé pour ce fournisseur." });

  it("stores outcomeUnknown with the error when the attempt may have been applied", () => {
    expect(toOutboxError(unknownErr()).outcomeUnknown).toBe(true);
    expect(toOutboxError(err("invalid_response")).outcomeUnknown).toBe(true);
    expect(toOutboxError(rateLimited()).outcomeUnknown).toBeUndefined();
    expect(toOutboxError(rateLimited(), true).outcomeUnknown).toBe(true);
  });

  it("after an unknown outcome, a 429/503 or a portal error keeps the row uncertain (checked before resending)", () => {
    const d = classifyFailure(rateLimited(), 2, { outcomeWasUnknown: true });
    expect(d.status).toBe("uncertain");
    expect(d.delayMs).toBe(30_000);
    expect(d.lastError).toMatchObject({ kind: "rate_limited", outcomeUnknown: true });
    expect(classifyFailure(err("unavailable", { httpStatus: 503 }), 2, { outcomeWasUnknown: true }).status).toBe("uncertain");
    expect(classifyFailure(new Error("db down"), 2, { outcomeWasUnknown: true }).status).toBe("uncertain");
  });

  it("final refusals and the attempt cap keep the flag, so that a manual retry checks first", () => {
    expect(classifyFailure(err("forbidden"), 3, { outcomeWasUnknown: true }).lastError.outcomeUnknown).toBe(true);
    const capped = classifyFailure(err("gateway_timeout", { httpStatus: 504, outcomeUnknown: true }), 25);
    expect(capped).toMatchObject({ status: "failed", lastError: { outcomeUnknown: true } });
    expect(capped.lastError.userMessage).toMatch(/abandonné après 25 tentatives/);
    expect(classifyFailure(rateLimited(), 25).lastError.outcomeUnknown).toBeUndefined();
  });

  it("a duplicate refusal after an unknown outcome means 'check again', a bounded number of times", () => {
    const ctx = { outcomeWasUnknown: true, checkable: true };
    const first = classifyFailure(duplicate(), 2, ctx);
    expect(first).toMatchObject({ status: "uncertain", lastError: { duplicateChecks: 1, outcomeUnknown: true } });
    expect(first.delayMs).toBeGreaterThanOrEqual(2000);
    const last = classifyFailure(duplicate(), 4, { ...ctx, duplicateChecks: DUPLICATE_RECHECKS - 1 });
    expect(last.status).toBe("failed");
    expect(last.lastError.userMessage).toMatch(/déjà utilisé.*ne retrouve pas dans Chorus Pro/);
    // no unknown outcome, or nothing to check with: the refusal is final as usual
    expect(classifyFailure(duplicate(), 1).status).toBe("failed");
    expect(classifyFailure(duplicate(), 2, { outcomeWasUnknown: true }).status).toBe("failed");
  });

  it("recognises 'already exists' refusals by their wording only", () => {
    expect(isDuplicateRefusal(duplicate())).toBe(true);
    expect(isDuplicateRefusal(err("business", { libelle: "Facture en doublon" }))).toBe(true);
    expect(isDuplicateRefusal(err("business", { libelle: "GCU_MSG_01.112 - Le montant à payer doit être nul pour une facture déjà payée." }))).toBe(false);
    expect(isDuplicateRefusal(err("business", { libelle: "GFT_MSG_01.104 - La pièce précédente a déjà une pièce suivante." }))).toBe(false);
    expect(isDuplicateRefusal(err("bad_request", { libelle: "déjà utilisé" }))).toBe(false);
  });
});

describe("outboxBackoff", () => {
  it("grows, is capped and never immediate", () => {
    expect(outboxBackoff(1, 0, () => 0)).toBe(500);
    expect(outboxBackoff(4, 0, () => 0)).toBe(4000);
    expect(outboxBackoff(40, 0, () => 0.999)).toBeLessThanOrEqual(300_000);
  });
});
