import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import {
  completerFactureTravaux, completerMoeFactureTravaux, completerServiceMoeFactureTravaux, consulterFactureTravaux, corrigerValideurFactureTravaux,
  demanderRecyclageFactureTravaux, prendreEnCompteFactureTravaux, rechercherFacturesTravaux, recyclerFactureTravaux, refuserFactureTravaux,
  soumettreFactureTravaux, suspendreDemanderCompleterFactureTravaux, walkFacturesTravaux,
} from "./factures-travaux";
import { contextFor, newNamespace, sandboxStats, siretOf, uniqueNumero, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import { ajouterFichier } from "./transverses";
import type { ChorusContext } from "./types";

// The works wrappers factures-travaux.int.test.ts leaves out (LIFECYCLE §5.2–§5.3): each test opens
// its own billing file as ACME (27000001), MOE 27000003, MOA/recipient 26000006.
let m: SandboxManifest;
const ACME = 27000001, BATI = 27000002, MOE = 27000003, TITULAIRE = 27000004, MOA = 26000006;
const ctx = (id: number): ChorusContext => contextFor(m, id);
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const amounts = { montantHtTotal: "1000.00", montantTVA: "200.00", montantTtcTotal: "1200.00" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").toString("base64");

beforeAll(async () => {
  m = await newNamespace();
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

const open = (cadre: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" | "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT" = "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", valideur?: number) =>
  soumettreFactureTravaux(ctx(ACME), {
    numeroFactureSaisi: uniqueNumero("TRV"), dateFacture: "2026-10-01", destinataire: { codeDestinataire: siretOf(m, MOA) }, references: { numeroMarche: "MARCHE-IT" }, montantTotal: amounts,
    cadreDeFacturation: { codeCadreFacturation: cadre, ...(valideur ? { codeStructureValideur: siretOf(m, valideur) } : {}) },
  });

describe("FacturesTravaux: remaining wrappers against the sandbox", () => {
  it("the MOE completes its own piece with completermoe (completer is for suppliers)", async () => {
    const a4 = await open();
    await prendreEnCompteFactureTravaux(ctx(MOE), { idFactureTravaux: a4.idFactureTravaux });
    const a15 = await soumettreFactureTravaux(ctx(MOE), {
      numeroFactureSaisi: uniqueNumero("A15"), dateFacture: "2026-10-05", cadreDeFacturation: { codeCadreFacturation: "A15_ETAT_ACOMPTE_MOE" }, idPiecePrecedente: a4.idFactureTravaux, montantTotal: amounts,
    });
    await suspendreDemanderCompleterFactureTravaux(ctx(MOA), { idFactureTravaux: a15.idFactureTravaux, commentaire: "Joindre l'état d'acompte signé" });
    const wrongDoor = await caught(completerFactureTravaux(ctx(MOE), { idFactureTravaux: a15.idFactureTravaux }));
    expect(wrongDoor.kind).toBe("business");
    expect(wrongDoor.userMessage).toMatch(/^Chorus Pro a refusé l'opération\. Motif : /);
    const { pieceJointeId } = await ajouterFichier(ctx(MOE), { pieceJointeFichier: PDF, pieceJointeNom: "etat.pdf", pieceJointeTypeMime: "application/pdf", pieceJointeExtension: "PDF" });
    const done = await completerMoeFactureTravaux(ctx(MOE), { idFactureTravaux: a15.idFactureTravaux, commentaire: "Signé", pieceJointeComplementaire: [{ pieceJointeComplementaireId: pieceJointeId }] });
    expect(done).toMatchObject({ idFactureTravaux: a15.idFactureTravaux, statutFactureTravaux: "COMPLETEE" });
    const detail = await consulterFactureTravaux(ctx(MOA), { idFactureTravaux: a15.idFactureTravaux });
    expect(detail.listePiecesJointesComplementaires.map((p) => p.idPieceJointe)).toContain(pieceJointeId);
  });

  it("the supplier names the MOE's service (completerservicemoe); an inactive service or none is refused", async () => {
    const a4 = await open();
    const done = await completerServiceMoeFactureTravaux(ctx(ACME), { idFactureTravaux: a4.idFactureTravaux, codeServiceMoe: "SERV_COMPTA" });
    expect(done.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOE");
    expect((await consulterFactureTravaux(ctx(ACME), { idFactureTravaux: a4.idFactureTravaux })).moe?.idStructure).toBe(MOE);
    const inactive = await caught(completerServiceMoeFactureTravaux(ctx(ACME), { idFactureTravaux: a4.idFactureTravaux, codeServiceMoe: "SERV_ANCIEN" }));
    expect(inactive.kind).toBe("business");
    const before = (await sandboxStats()).requests.byOperation["POST /cpro/facturesTravaux/v1/completerservicemoe"];
    expect(await caught(completerServiceMoeFactureTravaux(ctx(ACME), { idFactureTravaux: a4.idFactureTravaux }))).toMatchObject({ kind: "invalid_request" });
    expect((await sandboxStats()).requests.byOperation["POST /cpro/facturesTravaux/v1/completerservicemoe"]).toBe(before);
  });

  it("a wrong validator is corrected by the depositor (corriger/valideur), then the new one takes it", async () => {
    const a10 = await open("A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", TITULAIRE);
    expect(a10.statutFactureTravaux).toBe("A_VALIDER_MOE");
    const refused = await refuserFactureTravaux(ctx(TITULAIRE), { idFactureTravaux: a10.idFactureTravaux, codeMotif: "MAUVAIS_VALIDEUR", commentaire: "Pas notre groupement" });
    expect(refused.statutFactureTravaux).toBe("ERREUR_FOURNISSEUR_SUR_VALIDEUR");
    const outOfTurn = await caught(corrigerValideurFactureTravaux(ctx(MOE), { idFactureTravaux: a10.idFactureTravaux, idStructureValideur: BATI }));
    expect(outOfTurn.codeRetour).toBe(20001);
    const fixed = await corrigerValideurFactureTravaux(ctx(ACME), { idFactureTravaux: a10.idFactureTravaux, identifiantStructureValideur: siretOf(m, BATI) });
    expect(fixed.statutFactureTravaux).toBe("A_VALIDER_MOE");
    expect((await prendreEnCompteFactureTravaux(ctx(BATI), { idFactureTravaux: a10.idFactureTravaux })).statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOE");
  });

  it("a piece sent back for recycling is re-routed by its depositor only", async () => {
    const a4 = await open();
    await demanderRecyclageFactureTravaux(ctx(MOE), { idFactureTravaux: a4.idFactureTravaux, commentaire: "Mauvais marché" });
    const notDepositor = await caught(recyclerFactureTravaux(ctx(MOE), { idFactureTravaux: a4.idFactureTravaux, identifiantMoe: siretOf(m, MOE) }));
    expect(notDepositor.codeRetour).toBe(20001);
    const recycled = await recyclerFactureTravaux(ctx(ACME), { idFactureTravaux: a4.idFactureTravaux, identifiantMoe: siretOf(m, MOE), commentaire: "Marché corrigé" });
    expect(recycled).toMatchObject({ idFactureTravaux: a4.idFactureTravaux, statutFactureTravaux: "MISE_A_DISPOSITION_MOE" });
    const again = await caught(recyclerFactureTravaux(ctx(ACME), { idFactureTravaux: a4.idFactureTravaux }));
    expect(again.kind).toBe("business");
  });

  it("walks every page of a supplier's works pieces", async () => {
    const mine = await open();
    const total = (await rechercherFacturesTravaux(ctx(ACME), { roleUtilisateur: "FOURNISSEUR" })).pagination.total;
    const all = await collectPages(walkFacturesTravaux(ctx(ACME), { roleUtilisateur: "FOURNISSEUR" }, { pageSize: 3 }));
    expect(all).toHaveLength(total);
    expect(new Set(all.map((p) => p.idFactureTravaux)).size).toBe(total);
    expect(all.map((p) => p.idFactureTravaux)).toContain(mine.idFactureTravaux);
    // The supplier follows its whole billing files: the MOE's and MOA's pieces of them are listed too.
    expect(all.every((p) => p.typeDemandePaiement === "FACTURE_TRAVAUX" && /^\d+(\.\d+)?$/.test(p.montantTTC ?? "") && p.cadreFacturation !== undefined)).toBe(true);
  });
});
