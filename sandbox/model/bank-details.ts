// Bank details (coordonnées bancaires) of private structures: French RIB/IBAN arithmetic, the seeded
// accounts with their « RIB » attachment, which invoices use which account, and the RIB rendered as a
// real PDF when downloaded. Fixed values only: nothing here draws from the namespace's PRNG, so the
// seeded invoices (ids, numbers, counts) are the same with or without bank details.
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { INFERRED } from "./inferred";
import type { NamespaceStore } from "./store";
import type { CoordBancaire, Structure } from "./types";

/** ISO 7064 mod 97-10 of a string of digits and letters (A=10 … Z=35). */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    r = c >= 65 ? (r * 100 + (c - 55)) % 97 : (r * 10 + (c - 48)) % 97;
  }
  return r;
}

/** French RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), account letters as digits. */
export function ribKey(banque: string, guichet: string, compte: string): string {
  const digits = compte.toUpperCase().replace(/[A-Z]/g, (l) => String("12345678912345678923456789".charAt(l.charCodeAt(0) - 65)));
  const r = (89 * (Number(banque) % 97) + 15 * (Number(guichet) % 97) + 3 * (Number(digits) % 97)) % 97;
  return String(97 - r).padStart(2, "0");
}

/** The two ISO 13616 check digits of an IBAN made of `country` and `bban`. */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(`${bban}${country}00`)).padStart(2, "0");
}

export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s/g, "").toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

function frenchAccount(id: number, nom: string, banque: string, guichet: string, compte: string, bic: string, domiciliation: string): CoordBancaire {
  const bban = `${banque}${guichet}${compte}${ribKey(banque, guichet, compte)}`;
  return { idCoordonneeBancaire: id, nomCoordonneeBancaire: nom, iban: `FR${ibanCheckDigits("FR", bban)}${bban}`, bic, domiciliation, piecesJointes: [] };
}

/** INFERRED id scheme of the bank-details attachments (transverses pieceJointeId), stable per account. */
export const ribPjId = (idCoordonneeBancaire: number) => idCoordonneeBancaire * 100 + 2;

function withRib(c: CoordBancaire, slug: string): CoordBancaire {
  c.piecesJointes = [{ id: ribPjId(c.idCoordonneeBancaire), designation: `RIB-${slug}.pdf`, extension: "pdf" }];
  return c;
}

/**
 * The bank accounts of a structure. Every private structure has its « Compte principal » (valid IBAN);
 * the supplier persona ACME (27000001) has a second one whose IBAN check digits were transposed when it
 * was typed in — a data error Chorus Pro lets through (it checks no IBAN) and a bank rejects.
 */
export function bankAccountsOf(spec: { id: number; pub: boolean }, acmeId: number): CoordBancaire[] {
  if (spec.pub) return [];
  const main = withRib(frenchAccount(spec.id * 10 + 9, "Compte principal", "30006", "00001", String(spec.id).padStart(11, "0"), "AGRIFRPP", "CREDIT AGRICOLE BORDEAUX"), "compte-principal");
  if (spec.id !== acmeId) return [main];
  const second = withRib(frenchAccount(spec.id * 10 + 8, "Compte affacturage", "30003", "03620", "00020261450", "SOGEFRPP", "SOCIETE GENERALE BORDEAUX"), "compte-affacturage");
  const check = second.iban.slice(2, 4);
  const wrong = check[0] === check[1] ? String((Number(check) + 11) % 100).padStart(2, "0") : `${check[1]}${check[0]}`;
  second.iban = `FR${wrong}${second.iban.slice(4)}`;
  return [main, second];
}

/**
 * Which account each seeded invoice was paid to: the supplier's first account, except every third
 * invoice of a supplier with several accounts (from its 2nd on), so that each account has invoices.
 * Runs after the invoices are seeded; reads no random number.
 */
export function spreadInvoicesOverAccounts(ns: NamespaceStore): void {
  for (const s of ns.structures.values()) {
    if (s.coordBancaires.length < 2) continue;
    const invoices = (ns.bySupplier.get(s.idStructureCPP) ?? []).filter((i) => i.typeDemandePaiement === "FACTURE").sort((a, b) => a.id - b.id);
    invoices.forEach((inv, index) => {
      inv.idCoordBancaire = s.coordBancaires[index % 3 === 1 ? 1 : 0]?.idCoordonneeBancaire;
    });
  }
}

/** The fournisseur block's bank fields of an invoice, split as INFERRED.ibanWireSplit says. */
export function coordBancairesWire(cb: CoordBancaire | undefined) {
  if (!cb) return {};
  const iban = cb.iban.replace(/\s/g, "").toUpperCase();
  const bban = iban.slice(4);
  const fr = iban.startsWith("FR") && bban.length === 23;
  void INFERRED.ibanWireSplit;
  return {
    coordBancairesFournisseurId: cb.idCoordonneeBancaire, coordBancairesFournisseurType: "IBAN", coordBancairesFournisseurLibelle: cb.nomCoordonneeBancaire,
    coordBancairesFournisseurCodePays: iban.slice(0, 2), coordBancairesFournisseurCleIban: iban.slice(2, 4), coordBancairesFournisseurCompteBancaire: bban,
    ...(fr ? { coordBancairesFournisseurCodeBanque: bban.slice(0, 5), coordBancairesCodeGuichet: bban.slice(5, 10), coordBancairesFournisseurCleRib: bban.slice(21) } : {}),
    coordBancairesBicSwift: cb.bic,
  };
}

/** Standard fonts encode WinAnsi only. */
const safe = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, "?");

/** A one-page « Relevé d'identité bancaire » PDF, the same bytes every time for an account. */
export async function renderRibPdf(s: Structure, cb: CoordBancaire): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fixed = new Date("2024-01-15T09:00:00Z");
  doc.setTitle(`RIB ${cb.nomCoordonneeBancaire}`);
  doc.setProducer("Chorus Pro sandbox");
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 420]);
  let y = 370;
  const line = (text: string, size = 11, f = font) => {
    page.drawText(safe(text), { x: 50, y, size, font: f, color: rgb(0.1, 0.1, 0.2) });
    y -= size + 10;
  };
  const iban = cb.iban.replace(/(.{4})(?=.)/g, "$1 ");
  line("RELEVÉ D'IDENTITÉ BANCAIRE", 16, bold);
  line(`Titulaire : ${s.designationStructure}`);
  line(`${s.adresse.adresse}, ${s.adresse.codePostal} ${s.adresse.ville}`);
  line(`Compte : ${cb.nomCoordonneeBancaire}`);
  line(`Domiciliation : ${cb.domiciliation ?? ""}`);
  line(`IBAN : ${iban}`, 12, bold);
  line(`BIC : ${cb.bic}`, 12, bold);
  return doc.save({ useObjectStreams: false });
}
