import { beforeEach, describe, expect, it, vi } from "vitest";

// submitSaisie's re-check of the bank account, every dependency mocked: a forged id never reaches
// the outbox; a valid one travels into the soumettre payload.
vi.mock("server-only", () => ({}));
const m = vi.hoisted(() => ({
  enqueue: vi.fn(), awaitOutcome: vi.fn(), getOutboxEntry: vi.fn(), listValidAccounts: vi.fn(),
  insertDraft: vi.fn(), setDraftStatus: vi.fn(),
}));
vi.mock("@/lib/outbox/queue", () => ({ enqueue: m.enqueue, awaitOutcome: m.awaitOutcome, getOutboxEntry: m.getOutboxEntry }));
vi.mock("@/lib/structures/bank-details", () => ({ listValidAccounts: m.listValidAccounts }));
vi.mock("@/lib/auth/chorus-context", () => ({ chorusContextFor: async () => ({ technicalAccountId: "ta" }) }));
vi.mock("./drafts", () => ({ getDraft: vi.fn(), insertDraft: m.insertDraft, updateDraft: vi.fn(), setDraftStatus: m.setDraftStatus }));
vi.mock("./attachments", () => ({ ownAttachments: async () => ({ rows: new Map(), errors: {} }), sendAttachments: async () => ({ state: "ready", pieces: { principale: null, complementaires: [] } }) }));
vi.mock("./referentiels", () => ({ loadReferentiels: async () => ({ tauxTva: [{ code: "TVA20", libelle: "20 %", rate: "20" }], modesPaiement: [] }) }));
vi.mock("../../destinataires/_lib/recipients", () => ({
  recipientParamsBySiret: async () => ({ params: { codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false, active: true }, detail: { services: [] } }),
}));

import { saisieFactureSchema } from "@/lib/validations/saisie-facture";
import { submitSaisie, todayInParis } from "./submit";

const owner = { accountId: "acc", idStructureCPP: 27000001 };
const rattachement = { idStructureCPP: 27000001, identifiantStructure: "x", designationStructure: "ACME", roles: ["fournisseur" as const], idUtilisateurCourant: 1001 };
const form = (idCoordonneeBancaire: number | null) => saisieFactureSchema.parse({
  destinataire: { siret: "73282932000074", idStructureCPP: 26000004, nom: "SANS CONTRAINTE" }, numeroFacture: "F-CB-1", dateFacture: todayInParis(),
  lignes: [{ denomination: "Audit", quantite: "1", prixUnitaireHT: "100", tauxTva: "TVA20" }], idCoordonneeBancaire,
});

beforeEach(() => {
  vi.clearAllMocks();
  m.insertDraft.mockResolvedValue({ id: "d1", outboxId: null });
  m.listValidAccounts.mockResolvedValue([{ idCoordonneeBancaire: 270000019, nom: "Compte principal" }, { idCoordonneeBancaire: 270000018, nom: "Compte affacturage" }]);
  m.enqueue.mockResolvedValue({ id: "ob1", created: true });
  m.awaitOutcome.mockResolvedValue({ status: "pending" });
});

describe("submitSaisie: the bank account", () => {
  it("refuses an account that is not one of the structure's, beside the field, and sends nothing", async () => {
    const out = await submitSaisie(owner, rattachement, null, form(270000029));
    expect(out.state).toBe("invalid");
    expect(out.state === "invalid" ? out.fieldErrors : {}).toEqual({ idCoordonneeBancaire: [expect.stringMatching(/n° 270000029 n'est pas un compte valide de votre structure/)] });
    expect(m.listValidAccounts).toHaveBeenCalledWith({ technicalAccountId: "ta" }, 27000001);
    expect(m.enqueue).not.toHaveBeenCalled();
  });

  it("puts a valid account into the soumettre payload", async () => {
    expect((await submitSaisie(owner, rattachement, null, form(270000018))).state).toBe("pending");
    expect(m.enqueue).toHaveBeenCalledTimes(1);
    expect(m.enqueue.mock.calls[0]?.[0]).toMatchObject({ kind: "factures.soumettre", payload: { fournisseur: { idFournisseur: 27000001, codeCoordonneesBancairesFournisseur: 270000018 } } });
  });

  it("asks Chorus Pro nothing and names no account when none is chosen", async () => {
    await submitSaisie(owner, rattachement, null, form(null));
    expect(m.listValidAccounts).not.toHaveBeenCalled();
    expect(m.enqueue.mock.calls[0]?.[0]).toMatchObject({ payload: { fournisseur: { idFournisseur: 27000001 } } });
    expect((m.enqueue.mock.calls[0]?.[0] as { payload: { fournisseur: object } }).payload.fournisseur).not.toHaveProperty("codeCoordonneesBancairesFournisseur");
  });
});
