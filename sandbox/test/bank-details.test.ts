// Bank details of private structures: RIB/IBAN arithmetic, the seeded accounts (one with a wrong IBAN check),
// their RIB attachments (rechercher/pj/structure, telecharger/pieceJointe) and the IBAN on invoices.
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ibanCheckDigits, isValidIban, ribKey } from "../model/bank-details";
import { Registry } from "../model/registry";
import { IDS, boot, type Env } from "./helpers";

const T = "/cpro/transverses/v1";
let env: Env;
beforeAll(async () => { env = await boot({ invoices: 120 }); });
afterAll(() => env.sb.close());

const unzip = (base64: string) => unzipSync(new Uint8Array(Buffer.from(base64, "base64")));
const pdfHead = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).subarray(0, 5).toString("latin1");

describe("RIB and IBAN arithmetic", () => {
  it("computes the RIB key and the IBAN check digits of a known French account", () => {
    expect(ribKey("30006", "00001", "12345678901")).toBe("89");
    expect(ibanCheckDigits("FR", "30006000011234567890189")).toBe("76");
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 189")).toBe(true);
    expect(isValidIban("FR67 3000 6000 0112 3456 7890 189")).toBe(false);
  });
});

describe("seeded bank details", () => {
  it("gives every private structure a valid main account, and ACME a second one whose IBAN check digits are wrong", () => {
    const ns = env.sb.registry.namespaces.get("default")!;
    for (const s of ns.structures.values()) {
      if (s.typeStructure === "PUBLIQUE") { expect(s.coordBancaires).toEqual([]); continue; }
      expect(isValidIban(s.coordBancaires[0]!.iban), s.designationStructure).toBe(true);
      expect(s.coordBancaires[0]!.piecesJointes).toHaveLength(1);
    }
    const acme = ns.structures.get(IDS.acme)!;
    expect(acme.coordBancaires.map((c) => c.nomCoordonneeBancaire)).toEqual(["Compte principal", "Compte affacturage"]);
    const wrong = acme.coordBancaires[1]!.iban;
    expect(isValidIban(wrong)).toBe(false);
    // The same account with the right check digits is valid: only the key was mistyped.
    expect(isValidIban(`FR${ibanCheckDigits("FR", wrong.slice(4))}${wrong.slice(4)}`)).toBe(true);
  });

  it("uses each ACME account on at least one seeded invoice, in a small namespace too", () => {
    for (const ns of [env.sb.registry.namespaces.get("default")!, new Registry({ seed: 3, invoices: 12, asyncDelayMs: 0, tokenTtlS: 3600, rateLimit: 2000 }).createNamespace("petit")]) {
      const used = new Set((ns.bySupplier.get(IDS.acme) ?? []).map((i) => i.idCoordBancaire).filter((id) => id !== undefined));
      expect([...used].sort()).toEqual([IDS.acme * 10 + 8, IDS.acme * 10 + 9]);
    }
  });
});

describe("transverses: structure attachments", () => {
  it("coordbanc/valides lists both ACME accounts", async () => {
    const r = await env.as(IDS.acme).post(`${T}/recuperer/coordbanc/valides`, { idStructure: IDS.acme });
    expect(r.json.listeCoordonneeBancaire).toEqual([
      { idCoordonneeBancaire: IDS.acme * 10 + 9, nomCoordonneeBancaire: "Compte principal" },
      { idCoordonneeBancaire: IDS.acme * 10 + 8, nomCoordonneeBancaire: "Compte affacturage" },
    ]);
  });

  it("rechercher/pj/structure lists the Kbis and one RIB per account, tied to the account by pieceJointeObjetId", async () => {
    const r = await env.as(IDS.acme).post(`${T}/rechercher/pj/structure`, { idStructureCPP: IDS.acme, codeLangue: "FR", parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 10 } });
    expect(r.status).toBe(200);
    expect(r.json.codeRetour).toBe(0);
    const list = r.json.listePiecesJointes as { pieceJointeTypeCode: string; pieceJointeObjetId: number; pieceJointeDesignation: string; pieceJointeStructureId: number }[];
    expect(list.map((p) => [p.pieceJointeTypeCode, p.pieceJointeObjetId, p.pieceJointeDesignation])).toEqual([
      ["STRUCTURE", IDS.acme, "kbis.pdf"],
      ["CB", IDS.acme * 10 + 9, "RIB-compte-principal.pdf"],
      ["CB", IDS.acme * 10 + 8, "RIB-compte-affacturage.pdf"],
    ]);
    expect(list.every((p) => p.pieceJointeStructureId === IDS.acme)).toBe(true);
    expect(r.json.parametresRetour).toEqual({ pageCourante: 1, pages: 1, nbResultatsParPage: 10, total: 3 });
    const rib = await env.as(IDS.acme).post(`${T}/rechercher/pj/structure`, { idStructureCPP: IDS.acme, pieceJointeDesignation: "affacturage" });
    expect(rib.json.listePiecesJointes).toHaveLength(1);
  });

  it("rechercher/pj/structure answers nothing about another structure", async () => {
    const r = await env.as(IDS.bati).post(`${T}/rechercher/pj/structure`, { idStructureCPP: IDS.acme, codeLangue: "FR" });
    expect([r.status, r.json.codeRetour, r.json.listePiecesJointes]).toEqual([200, 20000, []]);
  });

  it("telecharger/pieceJointe serves the RIBs (a ZIP of real PDFs) and the Kbis to the structure's own account only", async () => {
    const r = await env.as(IDS.acme).post(`${T}/telecharger/pieceJointe`, { objetPieceJointe: "STRUCTURE_COORDONNEE_BANCAIRE", structure: { idStructure: IDS.acme } });
    expect(r.json.codeRetour).toBe(0);
    const files = unzip(r.json.pieceJointe);
    expect(Object.keys(files).sort()).toEqual(["RIB-compte-affacturage.pdf", "RIB-compte-principal.pdf"]);
    expect(pdfHead(files["RIB-compte-principal.pdf"])).toBe("%PDF-");
    const kbis = await env.as(IDS.acme).post(`${T}/telecharger/pieceJointe`, { objetPieceJointe: "STRUCTURE_PIECEJOINTE", structure: { idStructure: IDS.acme } });
    expect(pdfHead(unzip(kbis.json.pieceJointe)["kbis.pdf"])).toBe("%PDF-");
    const foreign = await env.as(IDS.bati).post(`${T}/telecharger/pieceJointe`, { objetPieceJointe: "STRUCTURE_COORDONNEE_BANCAIRE", structure: { idStructure: IDS.acme } });
    expect([foreign.status, foreign.json.codeRetour]).toEqual([400, 20006]);
    const mandat = await env.as(IDS.acme).post(`${T}/telecharger/pieceJointe`, { objetPieceJointe: "STRUCTURE_MANDAT", structure: { idStructure: IDS.acme } });
    expect(mandat.json.codeRetour).toBe(20006);
  });
});

describe("the IBAN on invoices", () => {
  it("searches ACME's invoices by bank account and splits the IBAN over the fournisseur block", async () => {
    const ns = env.sb.registry.namespaces.get("default")!;
    const second = ns.structures.get(IDS.acme)!.coordBancaires[1]!;
    const r = await env.as(IDS.acme).post("/cpro/factures/v1/rechercher/fournisseur", { coordonneeBancaire: second.idCoordonneeBancaire, rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 100 } });
    const ids = (r.json.listeFactures as { identifiantFactureCPP: number }[]).map((f) => f.identifiantFactureCPP);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => ns.invoices.get(id)?.idCoordBancaire === second.idCoordonneeBancaire)).toBe(true);
    const c = await env.as(IDS.acme).post("/cpro/factures/v1/consulter/fournisseur", { identifiantFactureCPP: ids[0], codeLangue: "FR" });
    const f = c.json.facture.fournisseur;
    expect(f).toMatchObject({ coordBancairesFournisseurId: second.idCoordonneeBancaire, coordBancairesFournisseurType: "IBAN", coordBancairesFournisseurLibelle: "Compte affacturage", coordBancairesBicSwift: "SOGEFRPP", coordBancairesFournisseurCodePays: "FR", coordBancairesFournisseurCodeBanque: "30003", coordBancairesCodeGuichet: "03620" });
    expect(`${f.coordBancairesFournisseurCodePays}${f.coordBancairesFournisseurCleIban}${f.coordBancairesFournisseurCompteBancaire}`).toBe(second.iban);
  });
});
