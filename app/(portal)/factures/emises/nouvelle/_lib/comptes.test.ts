import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/structures/bank-details", () => ({ loadBankAccounts: vi.fn(), defaultAccount: vi.fn() }));

import { saisieFr } from "@/lib/i18n/saisie/fr";
import { compteHint, toChoix } from "./comptes";

const source = { identifiantFactureCPP: 9000012, numeroFacture: "F2026-000012", dateDepot: "2026-10-02" };

describe("toChoix", () => {
  it("sends the browser the IBAN masked, with the result of its mod-97 check", () => {
    expect(toChoix({ idCoordonneeBancaire: 18, nom: "Compte affacturage", iban: { status: "known", iban: "FR6730006000011234567890189", valid: false, bic: "SOGEFRPP", source } }))
      .toEqual({ idCoordonneeBancaire: 18, nom: "Compte affacturage", iban: { status: "known", masque: "FR67 •••• … 0189", valide: false } });
    expect(toChoix({ idCoordonneeBancaire: 17, nom: null, iban: { status: "none" } }).iban).toEqual({ status: "none" });
  });
});

describe("compteHint", () => {
  it("says which account is proposed and why", () => {
    expect(compteHint(null, saisieFr, "fr")).toBeNull();
    expect(compteHint({ idCoordonneeBancaire: 1, raison: "seul" }, saisieFr, "fr")).toBe(saisieFr.compteHintSeul);
    expect(compteHint({ idCoordonneeBancaire: 1, raison: "premier" }, saisieFr, "fr")).toBe(saisieFr.compteHintPremier);
    expect(compteHint({ idCoordonneeBancaire: 1, raison: "derniere", numeroFacture: "F2026-000012", dateDepot: "2026-10-02" }, saisieFr, "fr"))
      .toBe("Proposé : le compte de votre dernière facture (F2026-000012, déposée le 02/10/2026).");
    expect(compteHint({ idCoordonneeBancaire: 1, raison: "derniere", numeroFacture: "F1", dateDepot: null }, saisieFr, "fr")).toBe("Proposé : le compte de votre dernière facture (F1).");
  });
});
