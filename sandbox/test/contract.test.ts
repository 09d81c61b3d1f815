// Every Factures operation of the swagger: a request shaped by the swagger is accepted (HTTP 200,
// codeRetour 0) and the response validates against the swagger's 200 schema, read at test time.
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, soumettreBody, type Api, type Env } from "./helpers";
import { loadSwagger, requestSchema, responseSchema, validate } from "./swagger-validator";
import { ublInvoice } from "./xml-fixtures";

const sw = loadSwagger();
const F = "/cpro/factures/v1";
let env: Env;
const ids: Record<string, number> = {};

async function submit(as: Api, body: object): Promise<number> {
  const r = await as.post(`${F}/soumettre`, body);
  expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
  return r.json.identifiantFactureCPP as number;
}
const first = async (as: Api, path: string, body: object, key: string) => {
  const r = await as.post(path, body);
  const item = r.json.listeFactures?.[0];
  if (!item) throw new Error(`no fixture from ${path}`);
  return item[key] as number;
};

beforeAll(async () => {
  env = await boot({ invoices: 240 });
  const acme = env.as(IDS.acme), commune = env.as(IDS.commune), tit = env.as(IDS.titulaire), st = env.as(IDS.sousTraitant);
  const recue = (id: number, nouveauStatut: string) => commune.post(`${F}/traiter/recue`, { idFacture: id, nouveauStatut, motif: "motif de test" });
  ids.main = await submit(acme, soumettreBody(env));
  ids.suspendue = await submit(acme, soumettreBody(env));
  ids.recycler = await submit(acme, soumettreBody(env));
  ids.rejet = await submit(acme, soumettreBody(env));
  ids.erreurValideur = await submit(st, soumettreBody(env, { idUtilisateurCourant: 1009, fournisseur: { idFournisseur: IDS.sousTraitant }, cadreDeFacturation: { codeCadreFacturation: "A9_FACTURE_SOUSTRAITANT", codeStructureValideur: env.ident(IDS.titulaire) } }));
  await new Promise((r) => setTimeout(r, 20));
  await recue(ids.suspendue, "SUSPENDUE");
  await recue(ids.recycler, "A_RECYCLER");
  await recue(ids.rejet, "REJETEE");
  await tit.post(`${F}/traiter/factureAValider`, { idFacture: ids.erreurValideur, action: "REFUS", motifRefus: "ERR_VALIDEUR" });
  ids.aValider = await first(tit, `${F}/rechercher/aTraiter/valideur`, { pagination: { nbResultatsParPage: 5 } }, "idFacture");
});
afterAll(() => env.sb.close());

const pdfBase64 = async () => {
  const d = await PDFDocument.create();
  d.addPage().drawText("Facture scannée");
  return Buffer.from(await d.save()).toString("base64");
};

type Case = { as: number; body: () => object | Promise<object> };
const CASES: Record<string, Case> = {
  "/v1/soumettre": { as: IDS.acme, body: () => soumettreBody(env) },
  "/v1/deposer/flux": { as: IDS.acme, body: () => ({ idUtilisateurCourant: 1001, fichierFlux: Buffer.from(ublInvoice(env.ident(IDS.acme), env.ident(IDS.libre), "UBL-CT-1")).toString("base64"), nomFichier: "facture.xml", syntaxeFlux: "IN_DP_E1_UBL_INVOICE", avecSignature: false }) },
  "/v1/deposer/pdf": { as: IDS.acme, body: async () => ({ idUtilisateurCourant: 1001, fichierFacture: await pdfBase64(), nomFichier: "scan.pdf", formatDepot: "PDF_NON_SIGNE" }) },
  "/v1/rechercher/fournisseur": { as: IDS.acme, body: () => ({ idUtilisateurCourant: 1001, statutCourant: ["MISE_A_DISPOSITION", "DEPOSEE"], montantTTCMin: 1, rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "MontantTTC", triSens: "Descendant" } }) },
  "/v1/rechercher/recipiendaire": { as: IDS.commune, body: () => ({ typeDemandePaiement: "FACTURE", paramRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "DateDepot", triSens: "Ascendant" } }) },
  "/v1/rechercher/valideur": { as: IDS.titulaire, body: () => ({ pagination: { pageResultatDemandee: 1, nbResultatsParPage: 10 } }) },
  "/v1/rechercher/aTraiter/valideur": { as: IDS.titulaire, body: () => ({ idStructure: IDS.titulaire, pagination: { pageResultatDemandee: 1, nbResultatsParPage: 10 } }) },
  "/v1/rechercher/atraiter/recipiendaire": { as: IDS.commune, body: () => ({ idStructure: IDS.commune, parametreRechercheFactureATraiterParRecipiendaire: { nbResultatsParPage: 10, pageResultatDemandee: 1 } }) },
  "/v1/rechercher/atraiter/fournisseur": { as: IDS.acme, body: () => ({ idStructure: IDS.acme, rechercheFactureATraiterParFournisseur: { nbResultatsParPage: 10, pageResultatDemandee: 1 } }) },
  "/v1/rechercher/demandePaiement": { as: IDS.acme, body: () => ({ roleUtilisateur: "FOURNISSEUR", typeDemandePaiement: "FACTURE" }) },
  "/v1/consulter/fournisseur": { as: IDS.acme, body: () => ({ idUtilisateurCourant: 1001, identifiantFactureCPP: ids.main, codeLangue: "FR" }) },
  "/v1/consulter/recipiendaire": { as: IDS.commune, body: () => ({ identifiantFactureCPP: ids.main, codeLangue: "FR" }) },
  "/v1/consulter/valideur": { as: IDS.titulaire, body: () => ({ identifiantFactureCPP: ids.aValider, codeLangue: "FR" }) },
  "/v1/consulter/historique": { as: IDS.acme, body: () => ({ idFacture: ids.suspendue, nbResultatsMaximum: 10 }) },
  "/v1/telecharger/groupe": { as: IDS.commune, body: () => ({ format: "PDF", avecPiecesJointesComplementaires: "NON", listeFacture: [{ idFacture: ids.main }] }) },
  "/v1/traiter/recue": { as: IDS.commune, body: () => ({ idFacture: ids.main, nouveauStatut: "MANDATEE", numeroDPMandat: "MANDAT-1" }) },
  "/v1/traiter/factureAValider": { as: IDS.titulaire, body: () => ({ idFacture: ids.aValider, action: "VALIDATION", complementInfo: "OK" }) },
  "/v1/completer": { as: IDS.acme, body: () => ({ identifiantFactureCPP: ids.suspendue, commentaire: "Pièce ajoutée" }) },
  "/v1/recycler": { as: IDS.acme, body: () => ({ identifiantFactureCPP: ids.recycler, destinataire: { codeDestinataire: env.ident(IDS.libre) }, commentaire: "Nouveau destinataire" }) },
  "/v1/corriger/valideur/facture": { as: IDS.sousTraitant, body: () => ({ idFacture: ids.erreurValideur, idStructure: IDS.titulaire }) },
  "/v1/traiterRejet": { as: IDS.acme, body: () => ({ listeDemandePaiement: [{ idDemandePaiement: ids.rejet }] }) },
  "/v1/recuperer/statutsFactureVisibles/valideur": { as: IDS.titulaire, body: () => ({ idUtilisateurCourant: 1002 }) },
};

describe("Factures contract against the swagger", () => {
  it("covers every operation of the swagger", () => {
    expect(Object.keys(sw.paths).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES)).toHaveLength(22);
  });

  for (const [path, c] of Object.entries(CASES)) {
    it(`${path}: swagger-shaped request accepted, response valid`, async () => {
      const body = await c.body();
      expect(validate(sw, requestSchema(sw, path), body)).toEqual([]);
      const r = await env.as(c.as).post(sw.basePath + path, body);
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0);
      expect(validate(sw, responseSchema(sw, path), r.json)).toEqual([]);
    });
  }
});
