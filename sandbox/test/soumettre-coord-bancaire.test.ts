// soumettre with fournisseur.codeCoordonneesBancairesFournisseur: the account is stored on the invoice and
// consulter/fournisseur answers it; an account that is not the supplier's is refused and nothing is created.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, soumettreBody, type Env } from "./helpers";

const F = "/cpro/factures/v1";
const principal = IDS.acme * 10 + 9;
const affacturage = IDS.acme * 10 + 8;
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 30 }); });
afterAll(() => env.sb.close());

const submit = (fournisseur: Record<string, unknown>) => env.as(IDS.acme).post(`${F}/soumettre`, soumettreBody(env, { fournisseur: { idFournisseur: IDS.acme, ...fournisseur } }));
const consulter = async (id: number) => (await env.as(IDS.acme).post(`${F}/consulter/fournisseur`, { identifiantFactureCPP: id })).json.facture;
const count = async (numeroFacture: string) =>
  ((await env.as(IDS.acme).post(`${F}/rechercher/fournisseur`, { numeroFacture })).json.listeFactures ?? []).length as number;

describe("soumettre: the supplier's bank account", () => {
  it("stores the chosen account on the invoice; consulter/fournisseur answers its coordBancaires* fields", async () => {
    const r = await submit({ codeCoordonneesBancairesFournisseur: affacturage });
    expect([r.status, r.json.codeRetour]).toEqual([200, 0]);
    const f = (await consulter(r.json.identifiantFactureCPP)).fournisseur;
    expect(f).toMatchObject({
      coordBancairesFournisseurId: affacturage, coordBancairesFournisseurLibelle: "Compte affacturage", coordBancairesFournisseurType: "IBAN",
      coordBancairesFournisseurCodePays: "FR", coordBancairesBicSwift: "SOGEFRPP",
    });
    expect(f.coordBancairesFournisseurCompteBancaire).toMatch(/^300030362000020261450\d{2}$/);
  });

  it("accepts the id as a numeric string too (CONTRACT §8: ids come as numbers or strings)", async () => {
    const r = await submit({ codeCoordonneesBancairesFournisseur: String(principal) });
    expect(r.json.codeRetour).toBe(0);
    expect((await consulter(r.json.identifiantFactureCPP)).fournisseur.coordBancairesFournisseurId).toBe(principal);
  });

  it("names no account when none is sent", async () => {
    const r = await submit({});
    expect(r.json.codeRetour).toBe(0);
    expect((await consulter(r.json.identifiantFactureCPP)).fournisseur.coordBancairesFournisseurId).toBeUndefined();
  });

  it("refuses another structure's account, or an unknown one, with a business error; nothing is created", async () => {
    for (const id of [IDS.bati * 10 + 9, 999]) {
      const body = soumettreBody(env, { fournisseur: { idFournisseur: IDS.acme, codeCoordonneesBancairesFournisseur: id } });
      const r = await env.as(IDS.acme).post(`${F}/soumettre`, body);
      expect(r.status).toBe(400);
      expect(r.json.codeRetour).toBe(20115);
      expect(r.json.libelle).toMatch(/^GCU_MSG_01\.115 - Les coordonnées bancaires ne correspondent à aucun compte valide du fournisseur\./);
      expect(await count(body.numeroFactureSaisi)).toBe(0);
    }
  });
});
