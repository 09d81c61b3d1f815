import { describe, expect, it } from "vitest";
import { mapUpstreamFailure, businessError, readEnvelope } from "./error-mapping";
import { stripLibelleCode } from "./errors";
import { decodeRejection } from "./deposit-report";

const op = "factures.soumettre";

describe("mapUpstreamFailure", () => {
  it("reads the Référentiel des Organisations error array", () => {
    const e = mapUpstreamFailure({ operation: "organisations.creerService", status: 400, body: [{ error: "DuplicateCode", message: "Code service déjà utilisé", detail: "SVC-1" }] });
    expect(e.libelle).toBe("DuplicateCode — Code service déjà utilisé — SVC-1");
  });

  it.each([
    [400, "bad_request"], [403, "forbidden"], [404, "not_found"], [406, "not_acceptable"], [413, "payload_too_large"],
    [415, "unsupported_media_type"], [429, "rate_limited"], [500, "server_error"], [502, "bad_gateway"], [503, "unavailable"], [504, "gateway_timeout"],
  ] as const)("HTTP %i → %s with a French message", (status, kind) => {
    const e = mapUpstreamFailure({ operation: op, status, body: undefined });
    expect(e.kind).toBe(kind);
    expect(e.httpStatus).toBe(status);
    expect(e.operation).toBe(op);
    expect(e.userMessage).toMatch(/[a-zé]/);
  });

  it("marks 500/502/504 as outcome unknown and 429/503 as not applied", () => {
    for (const s of [500, 502, 504]) expect(mapUpstreamFailure({ operation: op, status: s, body: null }).outcomeUnknown).toBe(true);
    for (const s of [429, 503, 400]) expect(mapUpstreamFailure({ operation: op, status: s, body: null }).outcomeUnknown).toBe(false);
  });

  it("keeps Retry-After", () => {
    expect(mapUpstreamFailure({ operation: op, status: 429, body: null, retryAfter: "7" }).retryAfterMs).toBe(7000);
  });

  it("reads a 400 carrying the envelope as a business error", () => {
    const e = mapUpstreamFailure({ operation: op, status: 400, body: { codeRetour: "20002", libelle: "GDP_MSG_11.033 - Le statut n'est pas Suspendue" } });
    expect(e.kind).toBe("business");
    expect(e.codeRetour).toBe(20002);
    expect(e.userMessage).toContain("Le statut n'est pas Suspendue");
    expect(e.userMessage).not.toContain("GDP_MSG");
  });

  it("401 with an expiry hint → technical_account_expired", () => {
    const e = mapUpstreamFailure({ operation: op, status: 401, body: { ErrorCode: "401", Description: "Mot de passe expiré" }, afterFreshToken: true, technicalLogin: "TECH_1_x@cpro.fr", pisteClientId: "app" });
    expect(e.kind).toBe("technical_account_expired");
    expect(e.userMessage).toMatch(/administrateur/);
    const h = mapUpstreamFailure({ operation: op, status: 401, body: null, wwwAuthenticate: 'Basic error="password_expired"', technicalLogin: "TECH_1_x@cpro.fr", pisteClientId: "app" });
    expect(h.kind).toBe("technical_account_expired");
  });

  it("401 surviving a fresh token → technical_account_invalid", () => {
    const e = mapUpstreamFailure({ operation: op, status: 401, body: { ErrorCode: "401", Description: "[invalid field]" }, afterFreshToken: true, technicalLogin: "TECH_1_x@cpro.fr", pisteClientId: "app" });
    expect(e.kind).toBe("technical_account_invalid");
  });

  it("detects PISTE credentials used as the technical account", () => {
    expect(mapUpstreamFailure({ operation: op, status: 401, body: null, afterFreshToken: true, technicalLogin: "app-id", pisteClientId: "app-id" }).kind).toBe("credentials_confused");
    expect(mapUpstreamFailure({ operation: op, status: 401, body: null, afterFreshToken: true, technicalLogin: "portail-sandbox", pisteClientId: "other" }).kind).toBe("credentials_confused");
  });
});

describe("businessError", () => {
  it("recognises a missing service code or EJ number", () => {
    expect(businessError(op, 20013, "GDP_MSG_01.013 - Le code service est obligatoire pour ce destinataire").kind).toBe("service_code_required");
    expect(businessError(op, 20014, "Le numéro d'engagement est obligatoire pour ce destinataire").kind).toBe("engagement_required");
    expect(businessError(op, 20001, "Facture en doublon").kind).toBe("business");
  });
});

describe("readEnvelope / stripLibelleCode", () => {
  it("accepts codeRetour as a string and ignores bodies without it", () => {
    expect(readEnvelope({ codeRetour: "0", libelle: "ok" })).toEqual({ codeRetour: 0, libelle: "ok" });
    expect(readEnvelope({ foo: 1 })).toBeUndefined();
    expect(readEnvelope("text")).toBeUndefined();
  });
  it("drops the message code", () => {
    expect(stripLibelleCode("TRA_MSG_00.015 - Aucun résultat")).toBe("Aucun résultat");
    expect(stripLibelleCode("plain text")).toBe("plain text");
  });
});

describe("decodeRejection", () => {
  it.each([
    ["Rejet : /Invoice/cbc:BuyerReference absent", "codeServiceExecutant", /Code service manquant/],
    ["ApplicableHeaderTradeAgreement/BuyerOrderReferencedDocument/IssuerAssignedID manquant", "numeroBonCommande", /engagement/],
    ["SpecifiedTradeSettlementPaymentMeans/PaymentMeans.TypeCode obligatoire", "modePaiement", /Moyen de paiement/],
    ["IRRECEVABILITE: cvc-datatype-valid.1.2.1 - ligne: 150 - position: 60", "fichier", /XSD/],
  ])("%s", (raw, champ, explication) => {
    const d = decodeRejection(raw);
    expect(d.raw).toBe(raw);
    expect(d.champ).toBe(champ);
    expect(d.explication).toMatch(explication);
  });
  it("extracts the XSD line and leaves unknown texts unexplained", () => {
    expect(decodeRejection("cvc-x ligne: 150 - position: 60").ligne).toBe(150);
    expect(decodeRejection("Erreur inconnue 42").explication).toBeUndefined();
  });
});
