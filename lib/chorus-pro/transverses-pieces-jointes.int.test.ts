import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { isValidIban } from "@/lib/format";
import { configureGateway } from "./config";
import { isChorusProError } from "./errors";
import { contextFor, newNamespace, supplierSetup, type SandboxManifest } from "./int-helpers";
import { collectPages } from "./pagination";
import {
  consulterCoordonneesBancairesFacture, consulterIbanCoordonneeBancaire, rechercherFacturesParCoordonneeBancaire, rechercherPiecesJointesStructure,
  recupererCoordonneesBancairesValides, telechargerPiecesJointesStructure, walkPiecesJointesStructure,
} from "./transverses";

// The supplier persona's structure has two bank accounts in the sandbox: « Compte principal » and
// « Compte affacturage », whose IBAN check digits are wrong (sandbox/README.md, bank details).
let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const acme = () => s.idFournisseur;
const pdf = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).subarray(0, 5).toString("latin1");

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 10_000, retryBudgetMs: 10_000 });
});

async function comptes() {
  const list = await recupererCoordonneesBancairesValides(s.ctx, { idStructure: acme() });
  const byName = new Map(list.map((c) => [c.nomCoordonneeBancaire, c.idCoordonneeBancaire]));
  return { list, principal: byName.get("Compte principal")!, affacturage: byName.get("Compte affacturage")! };
}

describe("attachments of a structure", () => {
  it("lists the structure's attachments, RIBs tied to their account by pieceJointeObjetId", async () => {
    const { list, principal, affacturage } = await comptes();
    expect(list).toHaveLength(2);
    const page = await rechercherPiecesJointesStructure(s.ctx, { idStructureCPP: acme(), codeLangue: "FR", parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 2 } });
    expect(page.pagination).toMatchObject({ pageCourante: 1, pages: 2, total: 3 });
    const all = await collectPages(walkPiecesJointesStructure(s.ctx, acme(), { pageSize: 2 }), 100);
    expect(all.map((p) => [p.pieceJointeTypeCode, p.pieceJointeObjetId])).toEqual([["STRUCTURE", acme()], ["CB", principal], ["CB", affacturage]]);
    expect(all.every((p) => typeof p.pieceJointeId === "number" && p.pieceJointeStructureId === acme())).toBe(true);
  });

  it("an empty search (another structure's attachments) is an empty page, not an error", async () => {
    const other = m.structures.find((x) => x.typeStructure === "PRIVEE" && x.idStructureCPP !== acme())!;
    const page = await rechercherPiecesJointesStructure(s.ctx, { idStructureCPP: other.idStructureCPP });
    expect(page.items).toEqual([]);
  });

  it("downloads the RIBs (one PDF per account, unzipped) and the structure's Kbis", async () => {
    const ribs = await telechargerPiecesJointesStructure(s.ctx, { objetPieceJointe: "STRUCTURE_COORDONNEE_BANCAIRE", idStructure: acme() });
    expect(ribs.map((f) => f.nom).sort()).toEqual(["RIB-compte-affacturage.pdf", "RIB-compte-principal.pdf"]);
    expect(ribs.map((f) => pdf(f.contenu))).toEqual(["%PDF-", "%PDF-"]);
    const kbis = await telechargerPiecesJointesStructure(s.ctx, { objetPieceJointe: "STRUCTURE_PIECEJOINTE", idStructure: acme() });
    expect(kbis.map((f) => [f.nom, pdf(f.contenu)])).toEqual([["kbis.pdf", "%PDF-"]]);
  });

  it("refuses another structure's technical account with a French message", async () => {
    const other = m.structures.find((x) => x.typeStructure === "PRIVEE" && x.idStructureCPP !== acme() && m.technicalAccounts.some((a) => a.idStructureCPP === x.idStructureCPP))!;
    const err = await telechargerPiecesJointesStructure(contextFor(m, other.idStructureCPP), { objetPieceJointe: "STRUCTURE_COORDONNEE_BANCAIRE", idStructure: acme() }).catch((e: unknown) => e);
    expect(isChorusProError(err)).toBe(true);
    if (isChorusProError(err)) {
      expect(["business", "bad_request", "not_found"]).toContain(err.kind);
      expect(err.userMessage).toMatch(/[a-zé]/);
    }
  });
});

describe("the IBAN of a bank account, read on its most recent invoice", () => {
  it("finds the invoices paid to an account and reads the split IBAN of one", async () => {
    const { affacturage } = await comptes();
    const page = await rechercherFacturesParCoordonneeBancaire(s.ctx, { coordonneeBancaire: affacturage, rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 5, triColonne: "DateDepot", triSens: "Descendant" } });
    expect(page.items.length).toBeGreaterThan(0);
    const dates = page.items.map((f) => f.dateDepot ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const f = await consulterCoordonneesBancairesFacture(s.ctx, { identifiantFactureCPP: page.items[0]!.identifiantFactureCPP });
    expect(f.coordonnees).toMatchObject({ idCoordonneeBancaire: affacturage, type: "IBAN", libelle: "Compte affacturage", bic: "SOGEFRPP" });
    expect(f.coordonnees?.iban).toMatch(/^FR\d{2}300030362000020261450\d{2}$/);
  });

  it("gives the main account a valid IBAN and flags nothing; the second account's IBAN fails mod 97", async () => {
    const { principal, affacturage } = await comptes();
    const main = await consulterIbanCoordonneeBancaire(s.ctx, principal);
    expect(main).toMatchObject({ type: "IBAN", bic: "AGRIFRPP", source: { identifiantFactureCPP: expect.any(Number), numeroFacture: expect.any(String), dateDepot: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(isValidIban(main!.iban)).toBe(true);
    const second = await consulterIbanCoordonneeBancaire(s.ctx, affacturage);
    expect(second?.iban.startsWith("FR")).toBe(true);
    expect(isValidIban(second!.iban)).toBe(false);
  });

  it("answers null for an account no invoice uses", async () => {
    expect(await consulterIbanCoordonneeBancaire(s.ctx, 999_999_999)).toBeNull();
  });
});
