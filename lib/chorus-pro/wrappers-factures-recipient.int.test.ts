import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import {
  completerFacture, consulterFactureFournisseur, consulterFactureRecipiendaire, rechercherFacturesATraiterRecipiendaire,
  rechercherFacturesRecipiendaire, soumettreFacture, telechargerGroupeFactures, traiterFactureRecue, traiterFacturesRejetees,
  walkFacturesATraiterRecipiendaire, walkFacturesRecipiendaire,
} from "./factures";
import { contextFor, invoice, newNamespace, siretOf, supplierSetup, uniqueNumero, waitFor, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import { ajouterFichier, recupererEtatsTraitement, telechargerPieceJointe } from "./transverses";
import type { ChorusContext } from "./types";

// The Factures wrappers of the recipient's side and the supplier's answers (LIFECYCLE §2): each test
// submits its own invoice to 26000004 (no routing constraint) and waits for MISE_A_DISPOSITION.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
let recipient: ChorusContext;
const OTHER_RECIPIENT = 26000003;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").toString("base64");

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  recipient = contextFor(m, s.recipient.idStructureCPP);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

async function delivered(prefix: string) {
  const numero = uniqueNumero(prefix);
  const f = await soumettreFacture(s.ctx, invoice(numero, s.idFournisseur, s.recipient.identifiantStructure));
  await waitFor(() => consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: f.identifiantFactureCPP }), (d) => d.statutFacture === "MISE_A_DISPOSITION", `${numero} MISE_A_DISPOSITION`);
  return { id: f.identifiantFactureCPP, numero };
}

describe("Factures: the recipient's side against the sandbox", () => {
  it("a delivered invoice is found, walked and consulted on both sides, with decimals and dates", async () => {
    const { id, numero } = await delivered("RCV");
    const mine = await consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: id });
    expect(mine.montantTotal).toMatchObject({ montantHtTotal: "100", montantTVA: "20", montantTtcTotal: "120", montantAPayer: "120" });
    expect(mine.references?.dateFacture).toBe("2026-04-03");
    expect(mine.destinataire?.codeDestinataire).toBe(s.recipient.identifiantStructure);
    expect(mine.lignesDePoste?.lignePoste.map((l) => [l.lignePosteDenomination, l.lignePosteMontantUnitaireHT])).toEqual([["Prestation", "100"]]);

    const found = await rechercherFacturesRecipiendaire(recipient, { numeroFacture: numero });
    expect(found.items.map((f) => [f.idFacture, f.statut, f.montantTTC, f.dateFacture, f.codeFournisseur])).toEqual([[id, "MISE_A_DISPOSITION", "120", "2026-04-03", siretOf(m, s.idFournisseur)]]);
    expect(found.pagination.total).toBe(1);
    const theirs = await consulterFactureRecipiendaire(recipient, { identifiantFactureCPP: id });
    expect(theirs.fournisseur?.idFournisseur).toBe(s.idFournisseur);
    expect(theirs.statutFacture).toBe("MISE_A_DISPOSITION");
  });

  it("walks every page of the received invoices and of the to-do list", async () => {
    const { id } = await delivered("WLK");
    const total = (await rechercherFacturesRecipiendaire(recipient, {})).pagination.total;
    const all = await collectPages(walkFacturesRecipiendaire(recipient, {}, { pageSize: 7 }));
    expect(all).toHaveLength(total);
    expect(new Set(all.map((f) => f.idFacture)).size).toBe(total);
    const todoPage = await rechercherFacturesATraiterRecipiendaire(recipient, { parametreRechercheFactureATraiterParRecipiendaire: { nbResultatsParPage: 3 } });
    const todo = await collectPages(walkFacturesATraiterRecipiendaire(recipient, {}, { pageSize: 3 }));
    expect(todo).toHaveLength(todoPage.pagination.total);
    expect(todo.map((f) => f.idFacture)).toContain(id);
    expect(todo.every((f) => f.statut === "MISE_A_DISPOSITION" || f.statut === "COMPLETEE")).toBe(true);
  });

  it("suspension needs a motif; the supplier completes with an attachment the recipient downloads", async () => {
    const { id } = await delivered("SUS");
    expect(await recupererEtatsTraitement(recipient, { statutCourant: "MISE_A_DISPOSITION" })).toEqual(expect.arrayContaining([
      { statutPossiblePourTraitement: "SUSPENDUE" }, { statutPossiblePourTraitement: "REJETEE" }, { statutPossiblePourTraitement: "SERVICE_FAIT" },
    ]));
    const noMotif = await caught(traiterFactureRecue(recipient, { idFacture: id, nouveauStatut: "SUSPENDUE" }));
    expect(noMotif).toMatchObject({ kind: "business", codeRetour: 20011 });
    expect(noMotif.userMessage).toMatch(/^Chorus Pro a refusé l'opération\. Motif : Le motif est obligatoire/);
    const suspended = await traiterFactureRecue(recipient, { idFacture: id, nouveauStatut: "SUSPENDUE", motif: "Bon de livraison manquant" });
    expect(suspended).toMatchObject({ idFacture: id, nouveauStatut: "SUSPENDUE" });
    expect(suspended.dateTraitement).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const { pieceJointeId } = await ajouterFichier(s.ctx, { pieceJointeFichier: PDF, pieceJointeNom: "bl.pdf", pieceJointeTypeMime: "application/pdf", pieceJointeExtension: "PDF" });
    const done = await completerFacture(s.ctx, { identifiantFactureCPP: id, commentaire: "BL joint", pieceJointeComplementaire: [{ pieceJointeComplementaireId: pieceJointeId, pieceJointeComplementaireDesignation: "bl.pdf", pieceJointeComplementaireType: "BON_LIVRAISON" }] });
    expect(done.identifiantFactureCPP).toBe(id);
    const seen = await consulterFactureRecipiendaire(recipient, { identifiantFactureCPP: id });
    expect(seen.statutFacture).toBe("COMPLETEE");
    expect(seen.listeDesPiecesJointes?.pieceJointe.map((p) => p.pieceJointeId)).toContain(pieceJointeId);
    const pj = await telechargerPieceJointe(recipient, { objetPieceJointe: "DEMANDE_PAIEMENT", demandePaiement: { listeFacture: [{ idFacture: id }] } });
    expect(pj.pieceJointe).toBe(PDF);

    const again = await caught(completerFacture(s.ctx, { identifiantFactureCPP: id }));
    expect(again).toMatchObject({ kind: "business", codeRetour: 20002 });
    expect(again.userMessage).toMatch(/n'est pas Suspendue/);
  });

  it("a rejection is acknowledged by the supplier (traiterRejet), all-or-nothing", async () => {
    const rejected = await delivered("REJ");
    const pending = await delivered("PND");
    expect((await traiterFactureRecue(recipient, { idFacture: rejected.id, nouveauStatut: "REJETEE", motif: "Destinataire erroné" })).nouveauStatut).toBe("REJETEE");
    const mixed = await caught(traiterFacturesRejetees(s.ctx, { listeDemandePaiement: [{ idDemandePaiement: rejected.id }, { idDemandePaiement: pending.id }] }));
    expect(mixed).toMatchObject({ kind: "business", codeRetour: 20010 });
    expect((await consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: rejected.id })).rejetTraite).toBe(false);
    expect(await traiterFacturesRejetees(s.ctx, { listeDemandePaiement: [{ idDemandePaiement: rejected.id }] })).toEqual({ ok: true });
    expect((await consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: rejected.id })).rejetTraite).toBe(true);
  });

  it("downloads a group of invoices as a ZIP of PDFs; a foreign invoice is unknown, not leaked", async () => {
    const a = await delivered("DLA");
    const b = await delivered("DLB");
    const { fichierResultat } = await telechargerGroupeFactures(recipient, { listeFacture: [{ idFacture: a.id }, { idFacture: b.id }], format: "PDF" });
    const files = unzipSync(Buffer.from(fichierResultat, "base64"));
    const pdfs = Object.entries(files).filter(([name]) => name.endsWith(".pdf"));
    expect(pdfs.map(([name]) => name).sort()).toEqual([`${a.numero}_${a.id}.pdf`, `${b.numero}_${b.id}.pdf`].sort());
    expect(pdfs.every(([, data]) => Buffer.from(data.subarray(0, 5)).toString("latin1") === "%PDF-")).toBe(true);

    const stranger = contextFor(m, OTHER_RECIPIENT);
    for (const e of [
      await caught(telechargerGroupeFactures(stranger, { listeFacture: [{ idFacture: a.id }] })),
      await caught(consulterFactureRecipiendaire(stranger, { identifiantFactureCPP: a.id })),
      await caught(traiterFactureRecue(stranger, { idFacture: a.id, nouveauStatut: "SERVICE_FAIT" })),
    ]) {
      expect(e).toMatchObject({ kind: "business", codeRetour: 20000 });
      expect(e.userMessage).toMatch(/demande de paiement est inconnue/);
    }
  });
});
