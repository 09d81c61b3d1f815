import { issue, type InvoiceIssue } from "../issue";
import { xmlPath, type InvoiceModel } from "../xml/model";
import { amount } from "./amounts";

// UNTDID 5305 VAT category codes allowed by EN 16931 (BR-CL-17 / BR-CL-18).
export const VAT_CATEGORIES = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M", "B"] as const;

/** BR-01…BR-16 (mandatory terms), line terms BR-21…BR-26, BR-CO-03/04/25, BR-CL-17/18. */
export function checkCore(m: InvoiceModel): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  const need = (value: unknown, code: string, path: string, message: string) => {
    if (value === undefined || value === false) out.push(issue(code, path, message));
  };
  need(m.specificationId, "BR-01", xmlPath(m, "BT-24"), "L'identifiant de spécification (BT-24, profil EN 16931) est absent.");
  need(m.number, "BR-02", xmlPath(m, "BT-1"), "Le numéro de facture (BT-1) est absent.");
  need(m.issueDate, "BR-03", xmlPath(m, "BT-2"), "La date d'émission de la facture (BT-2) est absente.");
  need(m.typeCode, "BR-04", xmlPath(m, "BT-3"), "Le type de document (BT-3 : 380 facture, 381 avoir) est absent.");
  need(m.currency, "BR-05", xmlPath(m, "BT-5"), "La devise de la facture (BT-5, par exemple EUR) est absente.");
  need(m.seller.name, "BR-06", xmlPath(m, "BG-4"), "La raison sociale du vendeur (BT-27) est absente.");
  need(m.buyer.name, "BR-07", xmlPath(m, "BG-7"), "La raison sociale de l'acheteur (BT-44) est absente.");
  need(m.seller.hasAddress, "BR-08", xmlPath(m, "BG-4"), "L'adresse postale du vendeur (BG-5) est absente.");
  need(m.seller.countryCode, "BR-09", xmlPath(m, "BG-4"), "Le code pays de l'adresse du vendeur (BT-40, par exemple FR) est absent.");
  need(m.buyer.hasAddress, "BR-10", xmlPath(m, "BG-7"), "L'adresse postale de l'acheteur (BG-8) est absente.");
  need(m.buyer.countryCode, "BR-11", xmlPath(m, "BG-7"), "Le code pays de l'adresse de l'acheteur (BT-55) est absent.");
  need(m.totals.lineNet, "BR-12", xmlPath(m, "BT-106"), "La somme des montants nets des lignes (BT-106) est absente.");
  need(m.totals.taxExclusive, "BR-13", xmlPath(m, "BT-109"), "Le total hors TVA (BT-109) est absent.");
  need(m.totals.taxInclusive, "BR-14", xmlPath(m, "BT-112"), "Le total TVA comprise (BT-112) est absent.");
  need(m.totals.payable, "BR-15", xmlPath(m, "BT-115"), "Le montant à payer (BT-115) est absent.");
  if (m.lines.length === 0) out.push(issue("BR-16", xmlPath(m, "BG-25"), "La facture doit comporter au moins une ligne."));

  m.lines.forEach((line, i) => {
    const path = xmlPath(m, "BG-25", i);
    const n = i + 1;
    need(line.id, "BR-21", path, `Ligne ${n} : l'identifiant de ligne (BT-126) est absent.`);
    need(line.quantity, "BR-22", path, `Ligne ${n} : la quantité facturée (BT-129) est absente.`);
    need(line.unitCode, "BR-23", path, `Ligne ${n} : l'unité de la quantité (BT-130) est absente.`);
    need(line.netAmount, "BR-24", path, `Ligne ${n} : le montant net de la ligne (BT-131) est absent.`);
    need(line.itemName, "BR-25", path, `Ligne ${n} : la désignation de l'article (BT-153) est absente.`);
    need(line.netPrice, "BR-26", path, `Ligne ${n} : le prix unitaire net (BT-146) est absent.`);
    need(line.vatCategory, "BR-CO-04", path, `Ligne ${n} : la catégorie de TVA de la ligne (BT-151) est absente.`);
    if (line.vatCategory !== undefined && !(VAT_CATEGORIES as readonly string[]).includes(line.vatCategory)) {
      out.push(issue("BR-CL-18", path, `Ligne ${n} : la catégorie de TVA « ${line.vatCategory} » n'existe pas (codes admis : ${VAT_CATEGORIES.join(", ")}).`));
    }
  });

  const categories = [
    ...m.vatBreakdown.map((b, i) => [b.category, xmlPath(m, "BG-23", i)] as const),
    ...[...m.allowances, ...m.charges].map((a) => [a.vatCategory, xmlPath(m, "BG-20")] as const),
  ];
  for (const [category, path] of categories) {
    if (category !== undefined && !(VAT_CATEGORIES as readonly string[]).includes(category)) {
      out.push(issue("BR-CL-17", path, `La catégorie de TVA « ${category} » n'existe pas (codes admis : ${VAT_CATEGORIES.join(", ")}).`));
    }
  }

  if (m.taxPointDate !== undefined && m.taxPointDateCode !== undefined) {
    out.push(issue("BR-CO-03", xmlPath(m, "BT-7"), "Indiquez soit la date d'exigibilité de la TVA (BT-7), soit son code (BT-8), pas les deux."));
  }
  const payable = amount(m.totals.payable);
  // The CEN UBL artefact (v1.3.16) asserts BR-CO-25 on Invoice only: a UBL CreditNote has no
  // cbc:DueDate, and CEN's own credit note example (payable 100.11, no terms) passes.
  if (m.syntax !== "UBL_CREDIT_NOTE" && payable !== null && payable.greaterThan(0) && m.dueDate === undefined && m.paymentTerms === undefined) {
    out.push(issue("BR-CO-25", xmlPath(m, "BT-9"), "Le montant à payer est positif : indiquez une date d'échéance (BT-9) ou des conditions de paiement (BT-20)."));
  }
  return out;
}
