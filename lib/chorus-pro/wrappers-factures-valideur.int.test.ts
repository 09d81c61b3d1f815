import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import type { ChorusProError } from "./errors";
import {
  consulterFactureFournisseur, consulterFactureValideur, corrigerValideurFacture, rechercherFacturesATraiterValideur, rechercherFacturesValideur,
  recupererStatutsFactureVisiblesValideur, soumettreFacture, traiterFactureAValider, walkFacturesATraiterValideur, walkFacturesValideur,
} from "./factures";
import { contextFor, invoice, newNamespace, siretOf, supplierSetup, uniqueNumero, waitFor, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import { recupererMotifsRefusFactureAValider } from "./transverses";
import type { ChorusContext } from "./types";

// The validation circuit (LIFECYCLE §3): ACME submits a sub-contractor invoice (A9) naming the
// titulaire 27000004 (persona valideur, user 1002) as validator; it waits in A_VALIDER_1.
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
let valideur: ChorusContext;
const TITULAIRE = 27000004, OTHER = 27000002;
const caught = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ChorusProError"); }, (e: unknown) => e as ChorusProError);

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  valideur = contextFor(m, TITULAIRE, 1002);
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 10_000 });
});

async function toValidate(prefix: string) {
  const numero = uniqueNumero(prefix);
  const base = invoice(numero, s.idFournisseur, s.recipient.identifiantStructure);
  const f = await soumettreFacture(s.ctx, { ...base, cadreDeFacturation: { codeCadreFacturation: "A9_FACTURE_SOUSTRAITANT", codeStructureValideur: siretOf(m, TITULAIRE) } });
  expect(f.statutFacture).toBe("A_VALIDER_1");
  return { id: f.identifiantFactureCPP, numero };
}

describe("Factures: the validator's side against the sandbox", () => {
  it("finds, walks and consults an invoice to validate", async () => {
    const { id, numero } = await toValidate("VAL");
    const found = await rechercherFacturesValideur(valideur, { numeroFacture: numero });
    expect(found.items.map((f) => [f.idFacture, f.statut, f.idFournisseur, f.idValideur, f.montantTTC])).toEqual([[id, "A_VALIDER_1", s.idFournisseur, TITULAIRE, "120"]]);
    const todoTotal = (await rechercherFacturesATraiterValideur(valideur, { pagination: { nbResultatsParPage: 2 } })).pagination.total;
    const todo = await collectPages(walkFacturesATraiterValideur(valideur, {}, { pageSize: 2 }));
    expect(todo).toHaveLength(todoTotal);
    expect(todo.map((f) => f.idFacture)).toContain(id);
    expect(todo.every((f) => f.statut === "A_VALIDER_1" || f.statut === "A_VALIDER_2")).toBe(true);
    const total = (await rechercherFacturesValideur(valideur, {})).pagination.total;
    const all = await collectPages(walkFacturesValideur(valideur, {}, { pageSize: 5 }));
    expect(new Set(all.map((f) => f.idFacture)).size).toBe(total);
    const detail = await consulterFactureValideur(valideur, { identifiantFactureCPP: id });
    expect(detail.cadreDeFacturation?.codeCadreFacturation).toBe("A9_FACTURE_SOUSTRAITANT");
    expect(detail.montantTotal?.montantTtcTotal).toBe("120");
  });

  it("reads the statuses a validator sees and the refusal motifs", async () => {
    expect(await recupererStatutsFactureVisiblesValideur(valideur, {})).toEqual(expect.arrayContaining(["A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", "ERREUR_FOURNISSEUR_SUR_VALIDEUR"]));
    const motifs = await recupererMotifsRefusFactureAValider(valideur, { codeCadreFacturationAValider: "A9_FACTURE_SOUSTRAITANT" });
    expect(motifs.map((x) => x.codeMotif)).toContain("ERR_VALIDEUR");
    expect(motifs.every((x) => typeof x.idMotif === "number" && !!x.libelleMotif)).toBe(true);
  });

  it("wrong validator → the supplier corrects it → validated and forwarded to the recipient", async () => {
    const { id, numero } = await toValidate("COR");
    const unknown = await caught(traiterFactureAValider(valideur, { idFacture: id, action: "TAMPONNER" }));
    expect(unknown).toMatchObject({ kind: "business", codeRetour: 20013 });
    expect((await caught(traiterFactureAValider(valideur, { idFacture: id, action: "REFUS" }))).codeRetour).toBe(20012);
    const refused = await traiterFactureAValider(valideur, { idFacture: id, action: "REFUS", motifRefus: "ERR_VALIDEUR", complementInfo: "Pas notre sous-traitant" });
    expect(refused.statutFacture).toBe("ERREUR_FOURNISSEUR_SUR_VALIDEUR");

    expect(await corrigerValideurFacture(s.ctx, { idFacture: id, identifiantStructure: siretOf(m, OTHER), typeIdentifiantStructure: "SIRET" })).toEqual({ idFacture: id });
    expect((await consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: id })).statutFacture).toBe("A_VALIDER_1");
    // The invoice left the first validator's list and reached the corrected one.
    expect((await rechercherFacturesValideur(valideur, { numeroFacture: numero })).items).toEqual([]);
    const other = contextFor(m, OTHER);
    const validated = await traiterFactureAValider(other, { idFacture: id, action: "VALIDATION" });
    expect(validated.statutFacture).toBe("VALIDEE_1");
    await waitFor(() => consulterFactureFournisseur(s.ctx, { identifiantFactureCPP: id }), (d) => d.statutFacture === "MISE_A_DISPOSITION", "validated invoice delivered");
  });

  it("a validator cannot act on, nor correct, an invoice it does not hold", async () => {
    const { id } = await toValidate("FRG");
    const stranger = contextFor(m, OTHER);
    expect(await caught(consulterFactureValideur(stranger, { identifiantFactureCPP: id }))).toMatchObject({ kind: "business", codeRetour: 20000 });
    expect(await caught(traiterFactureAValider(stranger, { idFacture: id, action: "VALIDATION" }))).toMatchObject({ codeRetour: 20000 });
    const notInError = await caught(corrigerValideurFacture(s.ctx, { idFacture: id, idStructure: OTHER }));
    expect(notInError).toMatchObject({ kind: "business", codeRetour: 20010 });
    expect(notInError.userMessage).toMatch(/Action impossible dans l'état actuel/);
  });
});
