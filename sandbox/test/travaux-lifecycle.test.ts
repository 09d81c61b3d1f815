// Works billing files end to end over HTTP (LIFECYCLE §5): monthly and final cycles, refusals, completion,
// out-of-order pieces, access by party, search and the dossier view.
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDS, boot, type Api, type Env, type Res } from "./helpers";

const T = "/cpro/facturesTravaux/v1";
let env: Env;
let n = 0;
const amounts = (ht: number) => ({ montantHtTotal: ht, montantTVA: Math.round(ht * 20) / 100, montantTtcTotal: Math.round(ht * 120) / 100 });

async function piece(as: Api, cadre: string, opts: { prev?: number; ht?: number; valideur?: string } = {}) {
  return as.post(`${T}/soumettre`, {
    numeroFactureSaisi: `LT-${++n}-${Date.now()}`, dateFacture: "2026-11-20", idPiecePrecedente: opts.prev,
    cadreDeFacturation: { codeCadreFacturation: cadre, codeStructureValideur: opts.valideur },
    destinataire: opts.prev ? undefined : { codeDestinataire: env.ident(IDS.departement), codeServiceExecutant: "FACTURES_PUBLIQUES" },
    references: { numeroMarche: "MARCHE-TEST-1" }, montantTotal: amounts(opts.ht ?? 1000),
  });
}
const ok = (r: Res) => { expect(r.status, JSON.stringify(r.json)).toBe(200); expect(r.json.codeRetour, JSON.stringify(r.json)).toBe(0); return r; };
const status = async (as: Api, id: number) => (await as.post(`${T}/consulter`, { idFactureTravaux: id })).json.factureTravaux.statutFactureTravaux as string;

beforeAll(async () => { env = await boot({ invoices: 240 }); });
afterAll(() => env.sb.close());

describe("FacturesTravaux: monthly cycle", () => {
  it("supplier A4 → MOE A15 (amount rectified) → MOA A19 → recipient, with the file's chain and history", async () => {
    const bati = env.as(IDS.bati), moe = env.as(IDS.moe), moa = env.as(IDS.departement);
    const a4 = ok(await piece(bati, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).json;
    expect(a4.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOE");
    expect(ok(await moe.post(`${T}/prendreencompte`, { idFactureTravaux: a4.idFactureTravaux })).json.statutFactureTravaux).toBe("PRISE_EN_COMPTE_MOE");
    const a15 = ok(await piece(moe, "A15_ETAT_ACOMPTE_MOE", { prev: a4.idFactureTravaux, ht: 900 })).json;
    expect(a15.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOA");
    expect(a15.idDossierFacturation).toBe(a4.idFactureTravaux);
    expect(await status(bati, a4.idFactureTravaux)).toBe("ASSOCIEE");
    ok(await moa.post(`${T}/prendreencompte`, { idFactureTravaux: a15.idFactureTravaux }));
    const a19 = ok(await piece(moa, "A19_ETAT_ACOMPTE_VALIDE_MOA", { prev: a15.idFactureTravaux, ht: 900 })).json;
    expect(a19.statutFactureTravaux).toBe("MISE_A_DISPOSITION");
    // The recipient receives it in its "Factures reçues" (Factures API) and in works searches as DESTINATAIRE.
    const recues = ok(await moa.post("/cpro/factures/v1/rechercher/recipiendaire", { typeDemandePaiement: "FACTURE_TRAVAUX", paramRecherche: { nbResultatsParPage: 1000 } })).json;
    expect(recues.listeFactures.map((f: { idFacture: number }) => f.idFacture)).toContain(a19.idFactureTravaux);
    const dest = ok(await moa.post(`${T}/rechercher`, { roleUtilisateur: "DESTINATAIRE", numeroFactureTravaux: a19.numeroFactureTravaux })).json;
    expect(dest.listeFacturesTravaux).toHaveLength(1);
    const d = ok(await bati.post(`${T}/consulter/dossierfacturation`, { idFactureTravaux: a19.idFactureTravaux })).json;
    expect(d.listePieces.map((p: { cadreFacturation: string }) => p.cadreFacturation)).toEqual(["A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A15_ETAT_ACOMPTE_MOE", "A19_ETAT_ACOMPTE_VALIDE_MOA"]);
    expect(d.listePieces[0].idPieceSuivante).toBe(a15.idFactureTravaux);
    expect(d.listePieces[1].idPiecePrecedente).toBe(a4.idFactureTravaux);
    expect([d.fournisseur.idStructure, d.moe.idStructure, d.moa.idStructure, d.destinataire.idStructure]).toEqual([IDS.bati, IDS.moe, IDS.departement, IDS.departement]);
    expect(d.enAnomalie).toBe(false);
    expect(d.historique.some((h: { libelle?: string }) => h.libelle?.includes("Montant rectifié"))).toBe(true);
    expect(d.historique.filter((h: { statut?: string }) => h.statut).length).toBeGreaterThanOrEqual(8);
  });

  it("refusals: motif required, amount error refused, MAUVAISE_MOE puts the file in anomaly, then recycling", async () => {
    const bati = env.as(IDS.bati), moe = env.as(IDS.moe);
    const a4 = ok(await piece(bati, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).json.idFactureTravaux;
    const noMotif = await moe.post(`${T}/refuser`, { idFactureTravaux: a4, commentaire: "non" });
    expect([noMotif.status, noMotif.json.codeRetour]).toEqual([400, 20012]);
    const montant = await moe.post(`${T}/refuser`, { idFactureTravaux: a4, motif: "ERREUR_MONTANT", commentaire: "trop cher" });
    expect(montant.json.libelle).toMatch(/erreur de montant/);
    expect(ok(await moe.post(`${T}/refuser`, { idFactureTravaux: a4, idMotif: 114, commentaire: "autre MOE" })).json.statutFactureTravaux).toBe("ERREUR_FOURNISSEUR_SUR_MOE");
    const d = ok(await bati.post(`${T}/consulter/dossierfacturation`, { idFactureTravaux: a4 })).json;
    expect(d.enAnomalie).toBe(true);
    expect(d.anomalies[0].libelleAnomalie).toMatch(/maîtrise d'œuvre/);
    expect(ok(await bati.post(`${T}/recycler`, { idFactureTravaux: a4, identifiantMoe: env.ident(IDS.moe) })).json.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOE");
    expect(ok(await moe.post(`${T}/refuser`, { idFactureTravaux: a4, motif: "REF_FAC_TRAVAUX", commentaire: "non conforme" })).json.statutFactureTravaux).toBe("REFUSEE_MOE");
    // A refusal stops the circuit: no état d'acompte can follow it.
    expect((await piece(moe, "A15_ETAT_ACOMPTE_MOE", { prev: a4 })).json.codeRetour).toBe(20010);
  });

  it("suspension (demander compléter) then completion by the supplier; MOE acts again from COMPLETEE", async () => {
    const acme = env.as(IDS.acme), moe = env.as(IDS.moe);
    const a4 = ok(await piece(acme, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).json.idFactureTravaux;
    expect((await moe.post(`${T}/suspendre/demander/completer/factureTravaux`, { idFactureTravaux: a4 })).json.codeRetour).toBe(20210);
    expect(ok(await moe.post(`${T}/suspendre/demander/completer/factureTravaux`, { idFactureTravaux: a4, commentaire: "Joindre la situation" })).json.libelle).toBe("TRA_MSG_00.000");
    expect(await status(acme, a4)).toBe("A_COMPLETER");
    expect((await acme.post(`${T}/completermoe`, { idFactureTravaux: a4 })).json.codeRetour).toBe(20001);
    ok(await acme.post(`${T}/completer`, { idFactureTravaux: a4, commentaire: "Situation jointe" }));
    expect(await status(acme, a4)).toBe("COMPLETEE");
    expect(ok(await moe.post(`${T}/prendreencompte`, { idFactureTravaux: a4 })).json.statutFactureTravaux).toBe("PRISE_EN_COMPTE_MOE");
  });

  it("demander/recyclage answers the previous piece id and waits for the depositor", async () => {
    const bati = env.as(IDS.bati), moe = env.as(IDS.moe), moa = env.as(IDS.departement);
    const a4 = ok(await piece(bati, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).json.idFactureTravaux;
    const a15 = ok(await piece(moe, "A15_ETAT_ACOMPTE_MOE", { prev: a4 })).json.idFactureTravaux;
    const r = ok(await moa.post(`${T}/demander/recyclage`, { idFactureTravaux: a15 })).json;
    expect([r.idFactureTravaux, r.idPiecePrecedente]).toEqual([a15, a4]);
    expect(await status(moe, a15)).toBe("EN_ATTENTE_RECYCLAGE_FOURNISSEUR");
  });
});

describe("FacturesTravaux: order and access by party", () => {
  it("refuses an out-of-order piece (décompte général before the MOE's projet) and a missing previous piece", async () => {
    const bati = env.as(IDS.bati), moa = env.as(IDS.departement);
    const a7 = ok(await piece(bati, "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR")).json.idFactureTravaux;
    expect((await piece(moa, "A20_DECOMPTE_GENERAL_MOA", { prev: a7 })).json.codeRetour).toBe(20203);
    expect((await piece(moa, "A20_DECOMPTE_GENERAL_MOA")).json.codeRetour).toBe(20202);
  });

  it("a party acting out of turn is refused; a stranger does not see the piece", async () => {
    const bati = env.as(IDS.bati), moa = env.as(IDS.departement), acme = env.as(IDS.acme);
    const a4 = ok(await piece(bati, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).json.idFactureTravaux;
    const early = await moa.post(`${T}/prendreencompte`, { idFactureTravaux: a4 });
    expect([early.status, early.json.codeRetour]).toEqual([400, 20001]);
    expect((await bati.post(`${T}/refuser`, { idFactureTravaux: a4, motif: "AUTRE" })).json.codeRetour).toBe(20001);
    expect((await acme.post(`${T}/consulter`, { idFactureTravaux: a4 })).json.codeRetour).toBe(20000);
    expect((await piece(moa, "A15_ETAT_ACOMPTE_MOE", { prev: a4 })).json.codeRetour).toBe(20001);
  });

  it("final cycle: A7 → A17 → A20 waits for the supplier; A8 must carry the DG's amounts", async () => {
    const bati = env.as(IDS.bati), moe = env.as(IDS.moe), moa = env.as(IDS.departement);
    const a7 = ok(await piece(bati, "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR", { ht: 5000 })).json.idFactureTravaux;
    const a17 = ok(await piece(moe, "A17_PROJET_DECOMPTE_GENERAL_MOE", { prev: a7, ht: 4800 })).json.idFactureTravaux;
    const a20 = ok(await piece(moa, "A20_DECOMPTE_GENERAL_MOA", { prev: a17, ht: 4700 })).json;
    expect(a20.statutFactureTravaux).toBe("A_ASSOCIER_FOURNISSEUR");
    expect((await piece(bati, "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", { prev: a20.idFactureTravaux, ht: 5000 })).json.codeRetour).toBe(20205);
    const a8 = ok(await piece(bati, "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", { prev: a20.idFactureTravaux, ht: 4700 })).json;
    expect(a8.statutFactureTravaux).toBe("MISE_A_DISPOSITION");
    expect(await status(bati, a20.idFactureTravaux)).toBe("ASSOCIEE");
  });

  it("sub-contractor piece: validator validates or refuses for wrong validator, then corriger/valideur", async () => {
    const st = env.as(IDS.sousTraitant), tit = env.as(IDS.titulaire), bati = env.as(IDS.bati);
    const a10 = ok(await piece(st, "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", { valideur: env.ident(IDS.bati) })).json;
    expect(a10.statutFactureTravaux).toBe("A_VALIDER_MOE");
    expect(ok(await bati.post(`${T}/refuser`, { idFactureTravaux: a10.idFactureTravaux, motif: "MAUVAIS_VALIDEUR" })).json.statutFactureTravaux).toBe("ERREUR_FOURNISSEUR_SUR_VALIDEUR");
    ok(await st.post(`${T}/corriger/valideur`, { idFactureTravaux: a10.idFactureTravaux, idStructureValideur: IDS.titulaire }));
    expect(ok(await tit.post(`${T}/prendreencompte`, { idFactureTravaux: a10.idFactureTravaux })).json.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOE");
    const mine = ok(await tit.post(`${T}/rechercher`, { roleUtilisateur: "VALIDEUR", numeroFactureTravaux: a10.numeroFactureTravaux })).json;
    expect(mine.listeFacturesTravaux[0].idFactureTravaux).toBe(a10.idFactureTravaux);
  });
});

describe("FacturesTravaux: search and referentials", () => {
  it("searches by role with statuses, amounts and pagination; empty → 20007 GFT_MSG_01.075", async () => {
    const moe = env.as(IDS.moe);
    const r = ok(await moe.post(`${T}/rechercher`, { roleUtilisateur: "MOE", listeStatutCourant: ["MISE_A_DISPOSITION_MOE", "PRISE_EN_COMPTE_MOE"], montantTTCMin: 1, rechercheFactureTravaux: { pageResultatDemandee: 1, nbResultatsParPage: 2, triColonne: "MontantTTC", triSens: "Ascendant" } })).json;
    expect(r.listeFacturesTravaux.length).toBeGreaterThan(0);
    expect(r.parametresRetour).toMatchObject({ pageCourante: 1, nbResultatsParPage: 2 });
    for (const f of r.listeFacturesTravaux) expect(["MISE_A_DISPOSITION_MOE", "PRISE_EN_COMPTE_MOE"]).toContain(f.statutFactureTravaux);
    const empty = await moe.post(`${T}/rechercher`, { roleUtilisateur: "MOE", numeroFactureTravaux: "NOPE" });
    expect([empty.status, empty.json.codeRetour]).toEqual([200, 20007]);
    expect(empty.json.libelle).toMatch(/^GFT_MSG_01\.075/);
  });

  it("recuperer/motifsrefus lists the SEEN codes and ids", async () => {
    const r = ok(await env.as(IDS.moe).post(`${T}/recuperer/motifsrefus`, { codeCadreFacturationTravaux: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" })).json;
    expect(Object.fromEntries(r.listeMotifRefusFactureTravaux.map((m: { codeMotif: string; idMotif: number }) => [m.codeMotif, m.idMotif]))).toEqual({ AUTRE: 116, MAUVAIS_VALIDEUR: 117, MAUVAISE_MOE: 114, MAUVAISE_MOA: 115, REF_FAC_TRAVAUX: 5650 });
  });

  it("seeded billing files are coherent chains (every next piece points back)", () => {
    const ns = env.sb.registry.namespaces.get("default")!;
    expect(ns.worksPieces.length).toBeGreaterThan(20);
    for (const p of ns.worksPieces) {
      if (p.idPieceSuivante !== undefined) expect(ns.invoices.get(p.idPieceSuivante)!.idPiecePrecedente).toBe(p.id);
      if (p.idPieceSuivante !== undefined) expect(p.statut).toBe("ASSOCIEE");
      expect(ns.byDossier.get(p.idDossier!)![0]!.idPiecePrecedente).toBeUndefined();
    }
  });
});

describe("FacturesTravaux: downloads (a works piece is a payment request, FACTURE_TRAVAUX)", () => {
  it("telecharger/groupe serves a piece to every party of its file, the MOE and the MOA included, and to no one else", async () => {
    const bati = env.as(IDS.bati);
    const a4 = ok(await piece(bati, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR")).json;
    const body = (pj: string) => ({ format: "PDF", avecPiecesJointesComplementaires: pj, listeFacture: [{ idFacture: a4.idFactureTravaux }] });
    for (const party of [IDS.bati, IDS.moe, IDS.departement]) {
      const r = ok(await env.as(party).post("/cpro/factures/v1/telecharger/groupe", body("OUI")));
      const entries = Object.values(unzipSync(Buffer.from(r.json.fichierResultat, "base64")));
      expect(Buffer.from(entries[0]!.subarray(0, 4)).toString("latin1")).toBe("%PDF");
    }
    const foreign = await env.as(IDS.acme).post("/cpro/factures/v1/telecharger/groupe", body("NON"));
    expect(foreign.json.codeRetour).toBe(20000);
    const foreignPj = await env.as(IDS.acme).post("/cpro/transverses/v1/telecharger/pieceJointe", {
      objetPieceJointe: "DEMANDE_PAIEMENT", demandePaiement: { listeFacture: [{ idFacture: a4.idFactureTravaux }] },
    });
    expect(foreignPj.json.codeRetour).toBe(20000);
  });
});
