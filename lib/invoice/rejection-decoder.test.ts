import { describe, expect, it } from "vitest";
import { decodeRejection } from "./rejection-decoder";

describe("decodeRejection", () => {
  it("explains a missing or unknown service code", () => {
    const decoded = decodeRejection("Le code service (BuyerReference) est obligatoire pour ce destinataire");
    expect(decoded.field).toBe("BT-10");
    expect(decoded.message).toMatch(/code service/);
    expect(decoded.raw).toBe("Le code service (BuyerReference) est obligatoire pour ce destinataire");
  });

  it.each([
    ["/rsm:CrossIndustryInvoice/.../ram:BuyerOrderReferencedDocument absent", "BT-13", /engagement/],
    ["cac:OrderReference/cbc:ID manquant", "BT-13", /engagement/],
    ["PaymentMeans.TypeCode obligatoire", "BT-81", /moyen de paiement/],
    ["Invalid PaymentMeansCode", "BT-81", /moyen de paiement/],
    ["La facture F-12 existe déjà pour ce fournisseur (doublon)", "BT-1", /déjà été déposée/],
  ])("%s → %s", (raw, field, message) => {
    const decoded = decodeRejection(raw);
    expect(decoded.field).toBe(field);
    expect(decoded.message).toMatch(message);
  });

  it("gives the line and position of an XSD error", () => {
    const decoded = decodeRejection("IRRECEVABILITE: cvc-datatype-valid.1.2.1: '12,50' is not a valid value for 'decimal'. - ligne: 150 - position: 60");
    expect(decoded.message).toContain("ligne 150, position 60");
    expect(decoded.field).toBeUndefined();
    expect(decodeRejection("cvc-complex-type.2.4.a: Invalid content was found").message).toMatch(/schéma XML/);
  });

  it("explains an unreadable flux, an unknown SIRET and a size refusal", () => {
    expect(decodeRejection("IRRECEVABILITE du flux").message).toMatch(/irrecevable/);
    expect(decodeRejection("SIRET 12345678901234 inconnu").message).toMatch(/annuaire/);
    expect(decodeRejection("GDP_MSG_11.022").message).toMatch(/30 Mo/);
  });

  it("falls back to quoting the raw label", () => {
    const decoded = decodeRejection("  ERREUR_INCONNUE_42 ");
    expect(decoded.message).toContain("« ERREUR_INCONNUE_42 »");
    expect(decoded.field).toBeUndefined();
  });
});
