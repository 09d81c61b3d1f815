// LIFECYCLE §2–§3 through the API: submission checks, async delivery, the traiter/recue matrix, A9, completer,
// traiterRejet, forbidden transitions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, soumettreBody, wait, type Env } from "./helpers";

const F = "/cpro/factures/v1";
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 30, asyncDelayMs: 80 }); });
afterAll(() => env.sb.close());

const statusOf = async (id: number) => (await env.as(IDS.acme).post(`${F}/consulter/historique`, { idFacture: id })).json.statutCourantCode as string;
async function available(overrides: Record<string, unknown> = {}): Promise<number> {
  const r = await env.as(IDS.acme).post(`${F}/soumettre`, soumettreBody(env, overrides));
  expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
  await wait(120);
  return r.json.identifiantFactureCPP;
}
const recue = (id: number, nouveauStatut: string, motif = "motif") => env.as(IDS.commune).post(`${F}/traiter/recue`, { idFacture: id, nouveauStatut, motif });

describe("soumettre checks", () => {
  const cases: [string, (e: Env) => Record<string, unknown>, number][] = [
    ["unknown recipient", () => ({ destinataire: { codeDestinataire: "00000000000000" } }), 20101],
    ["inactive recipient", (e) => ({ destinataire: { codeDestinataire: e.ident(IDS.inactif) } }), 20102],
    ["missing service code", (e) => ({ destinataire: { codeDestinataire: e.ident(IDS.commune) } }), 20103],
    ["missing EJ", (e) => ({ destinataire: { codeDestinataire: e.ident(IDS.ministere) } }), 20104],
    ["neither service nor EJ", (e) => ({ destinataire: { codeDestinataire: e.ident(IDS.hopital) } }), 20105],
    ["unknown service", (e) => ({ destinataire: { codeDestinataire: e.ident(IDS.commune), codeServiceExecutant: "NOPE" } }), 20106],
    ["inactive service", (e) => ({ destinataire: { codeDestinataire: e.ident(IDS.commune), codeServiceExecutant: "SERV_ANCIEN" } }), 20107],
    ["wrong totals", () => ({ montantTotal: { montantHtTotal: 100, montantTVA: 20, montantTtcTotal: 125, montantAPayer: 125 } }), 20108],
    ["A9 without validator", () => ({ cadreDeFacturation: { codeCadreFacturation: "A9_FACTURE_SOUSTRAITANT" } }), 20110],
    ["A2 with montantAPayer ≠ 0", () => ({ cadreDeFacturation: { codeCadreFacturation: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" } }), 20112],
    ["forged supplier id", () => ({ fournisseur: { idFournisseur: IDS.bati } }), 20113],
  ];
  for (const [name, over, code] of cases) {
    it(`${name} → HTTP 400, codeRetour ${code}`, async () => {
      const r = await env.as(IDS.acme).post(`${F}/soumettre`, soumettreBody(env, over(env)));
      expect(r.status).toBe(400);
      expect(r.json.codeRetour).toBe(code);
      expect(r.json.libelle).toMatch(/^GCU_MSG_01\.\d{3} - /);
    });
  }
  it("EJ given where required is accepted; duplicate number for the same supplier is refused", async () => {
    const body = soumettreBody(env, { destinataire: { codeDestinataire: env.ident(IDS.ministere) }, references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", numeroBonCommande: "EJ26000002001" } });
    expect((await env.as(IDS.acme).post(`${F}/soumettre`, body)).json.codeRetour).toBe(0);
    const dup = await env.as(IDS.acme).post(`${F}/soumettre`, body);
    expect([dup.status, dup.json.codeRetour]).toEqual([400, 20109]);
  });
});

describe("deposit, delivery and recipient processing", () => {
  it("soumettre → DEPOSEE, then MISE_A_DISPOSITION after the async delay", async () => {
    const r = await env.as(IDS.acme).post(`${F}/soumettre`, soumettreBody(env));
    expect(r.json.statutFacture).toBe("DEPOSEE");
    expect(await statusOf(r.json.identifiantFactureCPP)).toBe("DEPOSEE");
    // Not yet visible to the recipient.
    expect((await env.as(IDS.commune).post(`${F}/consulter/recipiendaire`, { identifiantFactureCPP: r.json.identifiantFactureCPP })).json.codeRetour).toBe(20000);
    await wait(150);
    expect(await statusOf(r.json.identifiantFactureCPP)).toBe("MISE_A_DISPOSITION");
  });

  // Independent reading of LIFECYCLE §2.3 (permissive default, recycling enabled).
  const TRT = ["SERVICE_FAIT", "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT"];
  const rows: [string, string[], string[]][] = [
    ["MISE_A_DISPOSITION", [], ["MISE_A_DISPOSITION", "SUSPENDUE", "REJETEE", "MANDATEE", "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE", "A_RECYCLER", "SERVICE_FAIT"]],
    ["SERVICE_FAIT", ["SERVICE_FAIT"], [...TRT.filter((s) => s !== "SERVICE_FAIT"), "SUSPENDUE", "REJETEE"]],
    ["MANDATEE", ["MANDATEE"], [...TRT.filter((s) => s !== "MANDATEE"), "SUSPENDUE", "REJETEE"]],
    ["MISE_A_DISPOSITION_COMPTABLE", ["MISE_A_DISPOSITION_COMPTABLE"], [...TRT.filter((s) => s !== "MISE_A_DISPOSITION_COMPTABLE"), "SUSPENDUE", "REJETEE"]],
    ["COMPTABILISEE", ["COMPTABILISEE"], [...TRT.filter((s) => s !== "COMPTABILISEE"), "SUSPENDUE", "REJETEE"]],
    ["MISE_EN_PAIEMENT", ["MISE_EN_PAIEMENT"], TRT.filter((s) => s !== "MISE_EN_PAIEMENT")],
    ["SUSPENDUE", ["SUSPENDUE"], ["REJETEE"]],
    ["COMPLETEE", ["SUSPENDUE", "@completer"], ["COMPLETEE", "SUSPENDUE", "REJETEE", "MANDATEE", "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE", "A_RECYCLER", "SERVICE_FAIT"]],
    ["REJETEE", ["REJETEE"], []],
    ["A_RECYCLER", ["A_RECYCLER"], []],
  ];
  for (const [statut, path, allowed] of rows) {
    it(`traiter/recue from ${statut}: etats/traitement = matrix row, allowed target works, others refused`, async () => {
      const etats = await env.as(IDS.commune).post("/cpro/transverses/v1/recuperer/etats/traitement", { statutCourant: statut });
      expect(etats.json.listeStatutsPossiblesPourTraitement.map((x: { statutPossiblePourTraitement: string }) => x.statutPossiblePourTraitement)).toEqual(allowed);
      const reach = async () => {
        const id = await available();
        for (const step of path) {
          const r = step === "@completer" ? await env.as(IDS.acme).post(`${F}/completer`, { identifiantFactureCPP: id, commentaire: "ok" }) : await recue(id, step);
          expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
        }
        expect(await statusOf(id)).toBe(statut);
        return id;
      };
      const id = await reach();
      const forbidden = ["DEPOSEE", "MISE_A_DISPOSITION", ...TRT, "SUSPENDUE", "REJETEE"].find((s) => !allowed.includes(s))!;
      const ko = await recue(id, forbidden);
      expect([ko.status, ko.json.codeRetour]).toEqual([400, 20010]);
      expect(ko.json.libelle).toMatch(/^GDP_MSG_11\.001/);
      if (allowed.length) {
        const target = allowed[allowed.length - 1]!;
        const r = await recue(id, target, "motif");
        expect(r.json).toMatchObject({ codeRetour: 0, idFacture: id, nouveauStatut: target });
        expect(await statusOf(id)).toBe(target);
      }
    });
  }

  it("motif is mandatory for REJETEE and SUSPENDUE", async () => {
    const id = await available();
    const r = await env.as(IDS.commune).post(`${F}/traiter/recue`, { idFacture: id, nouveauStatut: "REJETEE" });
    expect([r.status, r.json.codeRetour]).toEqual([400, 20011]);
  });

  it("completer outside SUSPENDUE → 20002 GDP_MSG_11.033; traiterRejet sets rejetTraite and logs the action", async () => {
    const id = await available();
    const c = await env.as(IDS.acme).post(`${F}/completer`, { identifiantFactureCPP: id });
    expect([c.status, c.json.codeRetour]).toEqual([400, 20002]);
    expect(c.json.libelle).toMatch(/^GDP_MSG_11\.033/);
    await recue(id, "REJETEE", "Facture en double");
    expect((await env.as(IDS.acme).post(`${F}/traiterRejet`, { listeDemandePaiement: [{ idDemandePaiement: id }] })).json.codeRetour).toBe(0);
    const h = (await env.as(IDS.acme).post(`${F}/consulter/historique`, { idFacture: id })).json;
    expect(h.statutCourantCode).toBe("REJETEE");
    expect(h.derniereAction.derniereActionCode).toBe("TRAITEMENT_REJET");
    expect(h.historiquesDesStatuts.histoStatut.map((x: { histoStatutCode: string }) => x.histoStatutCode)).toEqual(["REJETEE", "MISE_A_DISPOSITION", "DEPOSEE"]);
    expect(h.historiquesDesStatuts.histoStatut[0].histoStatutUtilisateurNom).toBe("GESTIN");
  });

  it("forged ids are a business error, not a leak", async () => {
    const other = (await env.as(IDS.bati).post(`${F}/rechercher/fournisseur`, { rechercheFactureParFournisseur: { nbResultatsParPage: 1 } })).json.listeFactures[0].identifiantFactureCPP;
    const r = await env.as(IDS.acme).post(`${F}/consulter/fournisseur`, { identifiantFactureCPP: other });
    expect([r.status, r.json.codeRetour]).toEqual([400, 20000]);
    expect(r.json.facture).toBeUndefined();
  });
});

describe("A9 validation (LIFECYCLE §3)", () => {
  const a9 = () => soumettreBody(env, { idUtilisateurCourant: 1009, fournisseur: { idFournisseur: IDS.sousTraitant }, cadreDeFacturation: { codeCadreFacturation: "A9_FACTURE_SOUSTRAITANT", codeStructureValideur: env.ident(IDS.titulaire) } });
  it("A_VALIDER_1 → VALIDEE_1 → forwarded to the recipient", async () => {
    const r = await env.as(IDS.sousTraitant).post(`${F}/soumettre`, a9());
    expect(r.json.statutFacture).toBe("A_VALIDER_1");
    const id = r.json.identifiantFactureCPP;
    expect((await env.as(IDS.commune).post(`${F}/consulter/recipiendaire`, { identifiantFactureCPP: id })).json.codeRetour).toBe(20000);
    const refusNoMotif = await env.as(IDS.titulaire).post(`${F}/traiter/factureAValider`, { idFacture: id, action: "REFUS" });
    expect(refusNoMotif.json.codeRetour).toBe(20012);
    const v = await env.as(IDS.titulaire).post(`${F}/traiter/factureAValider`, { idFacture: id, action: "VALIDATION" });
    expect(v.json).toMatchObject({ codeRetour: 0, statutFacture: "VALIDEE_1" });
    await wait(150);
    const seen = await env.as(IDS.commune).post(`${F}/consulter/recipiendaire`, { identifiantFactureCPP: id });
    expect(seen.json.facture.statutFacture).toBe("MISE_A_DISPOSITION");
    const again = await env.as(IDS.titulaire).post(`${F}/traiter/factureAValider`, { idFacture: id, action: "VALIDATION" });
    expect(again.json.codeRetour).toBe(20010);
  });
  it("refusal for the wrong validator → ERREUR_FOURNISSEUR_SUR_VALIDEUR, corrected back to A_VALIDER_1", async () => {
    const id = (await env.as(IDS.sousTraitant).post(`${F}/soumettre`, a9())).json.identifiantFactureCPP;
    expect((await env.as(IDS.titulaire).post(`${F}/traiter/factureAValider`, { idFacture: id, action: "REFUS", motifRefus: "ERR_VALIDEUR" })).json.statutFacture).toBe("ERREUR_FOURNISSEUR_SUR_VALIDEUR");
    expect((await env.as(IDS.sousTraitant).post(`${F}/corriger/valideur/facture`, { idFacture: id, idStructure: IDS.titulaire })).json.idFacture).toBe(id);
    expect((await env.as(IDS.sousTraitant).post(`${F}/consulter/historique`, { idFacture: id })).json.statutCourantCode).toBe("A_VALIDER_1");
  });
});
