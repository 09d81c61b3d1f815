import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { encryptSecret } from "@/lib/crypto";
import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import {
  consulterDossierFacturationTravaux, consulterFactureTravaux, demanderRecyclageFactureTravaux, prendreEnCompteFactureTravaux,
  rechercherFacturesTravaux, recupererMotifsRefusFactureTravaux, refuserFactureTravaux, soumettreFactureTravaux,
  suspendreDemanderCompleterFactureTravaux, completerFactureTravaux,
} from "./factures-travaux";
import { newNamespace, type SandboxManifest } from "./int-helpers";
import type { ChorusContext } from "./types";

// The works wrappers against the sandbox (LIFECYCLE §5): a whole monthly file, the party checks and the
// bad inputs (order, motif, amounts, forged ids).
let m: SandboxManifest;
const ctxOf = (idStructureCPP: number): ChorusContext => {
  const a = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP)!;
  return { technicalAccount: { login: a.login, passwordEnc: encryptSecret(a.password) } };
};
const siret = (id: number) => m.structures.find((s) => s.idStructureCPP === id)!.identifiantStructure;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);
const ACME = 27000001, MOE = 27000003, MOA = 26000006;
const amounts = { montantHtTotal: "1000.00", montantTVA: "200.00", montantTtcTotal: "1200.00" };

beforeAll(async () => {
  m = await newNamespace();
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

async function openFile(numero: string) {
  return soumettreFactureTravaux(ctxOf(ACME), {
    numeroFactureSaisi: numero, dateFacture: "2026-10-01", cadreDeFacturation: { codeCadreFacturation: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" },
    destinataire: { codeDestinataire: siret(MOA) }, references: { numeroMarche: "MARCHE-INT" }, montantTotal: amounts,
  });
}

describe("FacturesTravaux wrappers against the sandbox", () => {
  it("round trip: A4 → MOE A15 → MOA A19 → recipient", async () => {
    const n = `INT${Date.now().toString(36)}`.toUpperCase();
    const a4 = await openFile(`${n}A`);
    expect(a4.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOE");
    const moeList = await rechercherFacturesTravaux(ctxOf(MOE), { roleUtilisateur: "MOE", numeroFactureTravaux: `${n}A` });
    expect(moeList.items.map((i) => i.idFactureTravaux)).toEqual([a4.idFactureTravaux]);
    expect(moeList.items[0]?.cadreFacturation).toBe("A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR");
    expect((await prendreEnCompteFactureTravaux(ctxOf(MOE), { idFactureTravaux: a4.idFactureTravaux })).statutFactureTravaux).toBe("PRISE_EN_COMPTE_MOE");
    const a15 = await soumettreFactureTravaux(ctxOf(MOE), {
      numeroFactureSaisi: `${n}B`, dateFacture: "2026-10-05", cadreDeFacturation: { codeCadreFacturation: "A15_ETAT_ACOMPTE_MOE" },
      idPiecePrecedente: a4.idFactureTravaux, montantTotal: { montantHtTotal: "900.00", montantTVA: "180.00", montantTtcTotal: "1080.00" },
    });
    expect(a15.statutFactureTravaux).toBe("MISE_A_DISPOSITION_MOA");
    const a19 = await soumettreFactureTravaux(ctxOf(MOA), {
      numeroFactureSaisi: `${n}C`, dateFacture: "2026-10-06", cadreDeFacturation: { codeCadreFacturation: "A19_ETAT_ACOMPTE_VALIDE_MOA" },
      idPiecePrecedente: a15.idFactureTravaux, montantTotal: { montantHtTotal: "900.00", montantTVA: "180.00", montantTtcTotal: "1080.00" },
    });
    expect(a19.statutFactureTravaux).toBe("MISE_A_DISPOSITION");
    const dossier = await consulterDossierFacturationTravaux(ctxOf(ACME), { idFactureTravaux: a19.idFactureTravaux });
    expect(dossier.listePieces.map((p) => p.cadreFacturation)).toEqual(["A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A15_ETAT_ACOMPTE_MOE", "A19_ETAT_ACOMPTE_VALIDE_MOA"]);
    expect(dossier.listePieces[0]?.idPieceSuivante).toBe(a15.idFactureTravaux);
    const received = await rechercherFacturesTravaux(ctxOf(MOA), { roleUtilisateur: "DESTINATAIRE", numeroFactureTravaux: `${n}C` });
    expect(received.items).toHaveLength(1);
    const detail = await consulterFactureTravaux(ctxOf(MOA), { idFactureTravaux: a19.idFactureTravaux });
    expect(detail.acteurAttendu).toBe("DESTINATAIRE");
  });

  it("refusal motifs; a refusal needs a motif and an amount error is never one", async () => {
    const motifs = await recupererMotifsRefusFactureTravaux(ctxOf(MOE), { codeCadreFacturationTravaux: "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" });
    expect(motifs.map((x) => x.codeMotif)).toEqual(expect.arrayContaining(["AUTRE", "MAUVAISE_MOE", "REF_FAC_TRAVAUX"]));
    const a4 = await openFile(`R${Date.now().toString(36)}`.toUpperCase());
    const amount = await caught(refuserFactureTravaux(ctxOf(MOE), { idFactureTravaux: a4.idFactureTravaux, codeMotif: "ERREUR_MONTANT", commentaire: "montant" }));
    expect(amount.codeRetour).toBe(20206);
    await expect(refuserFactureTravaux(ctxOf(MOE), { idFactureTravaux: a4.idFactureTravaux, commentaire: "x" } as never)).rejects.toMatchObject({ kind: "invalid_request" });
    const ok = await refuserFactureTravaux(ctxOf(MOE), { idFactureTravaux: a4.idFactureTravaux, codeMotif: "MAUVAISE_MOE", commentaire: "Pas notre chantier" });
    expect(ok.statutFactureTravaux).toBe("ERREUR_FOURNISSEUR_SUR_MOE");
  });

  it("completion cycle and recycling request go through the awaited party only", async () => {
    const a4 = await openFile(`C${Date.now().toString(36)}`.toUpperCase());
    const outOfTurn = await caught(suspendreDemanderCompleterFactureTravaux(ctxOf(ACME), { idFactureTravaux: a4.idFactureTravaux, commentaire: "x" }));
    expect(outOfTurn.codeRetour).toBe(20001);
    await suspendreDemanderCompleterFactureTravaux(ctxOf(MOE), { idFactureTravaux: a4.idFactureTravaux, commentaire: "Joindre le métré" });
    expect((await completerFactureTravaux(ctxOf(ACME), { idFactureTravaux: a4.idFactureTravaux, commentaire: "Métré joint" })).statutFactureTravaux).toBe("COMPLETEE");
    const rec = await demanderRecyclageFactureTravaux(ctxOf(MOE), { idFactureTravaux: a4.idFactureTravaux });
    expect(rec.idFactureTravaux).toBe(a4.idFactureTravaux);
  });

  it("out-of-order pieces and forged ids are refused", async () => {
    const a4 = await openFile(`O${Date.now().toString(36)}`.toUpperCase());
    const order = await caught(soumettreFactureTravaux(ctxOf(MOA), {
      numeroFactureSaisi: `O${Date.now()}`.slice(0, 20), dateFacture: "2026-10-06", cadreDeFacturation: { codeCadreFacturation: "A20_DECOMPTE_GENERAL_MOA" },
      idPiecePrecedente: a4.idFactureTravaux, montantTotal: amounts,
    }));
    expect(order.codeRetour).toBe(20203);
    const forged = await caught(consulterFactureTravaux(ctxOf(ACME), { idFactureTravaux: 999_999_999 }));
    expect(forged.codeRetour).toBe(20000);
    await expect(soumettreFactureTravaux(ctxOf(ACME), { numeroFactureSaisi: "X", dateFacture: "2026-10-01", cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" as never }, montantTotal: amounts } as never))
      .rejects.toMatchObject({ kind: "invalid_request" });
  });
});
