import { Dec, round2 } from "../decimal";
import { issue, type InvoiceIssue } from "../issue";
import { xmlPath, type InvoiceModel, type XmlPathKey } from "../xml/model";
import { amount, fr, total } from "./amounts";

/**
 * BR-CO-10…BR-CO-16: the document totals against the lines, allowances, charges and VAT
 * breakdown. A rule is skipped when the total it checks is absent (BR-12…BR-15 report that).
 */
export function checkTotals(m: InvoiceModel): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  const t = m.totals;
  const zero = new Dec(0);
  const check = (code: string, key: XmlPathKey, actualText: string | undefined, expected: Dec, what: string, how: string) => {
    const actual = amount(actualText);
    if (actual === null || actual.equals(round2(expected))) return;
    out.push(issue(code, xmlPath(m, key), `${what} vaut ${fr(actualText ?? "")} mais ${how} donne ${fr(round2(expected))}.`));
  };

  check("BR-CO-10", "BT-106", t.lineNet, total(m.lines.map((l) => l.netAmount)), "La somme des lignes (BT-106)", "l'addition des montants nets des lignes");

  const allowances = total(m.allowances.map((a) => a.amount));
  const charges = total(m.charges.map((c) => c.amount));
  if (t.allowances === undefined && m.allowances.length > 0) {
    out.push(issue("BR-CO-11", xmlPath(m, "BT-107"), `Le total des remises de pied de facture (BT-107) est absent alors que la facture a des remises (${fr(allowances)}).`));
  } else check("BR-CO-11", "BT-107", t.allowances, allowances, "Le total des remises (BT-107)", "l'addition des remises de pied de facture");
  if (t.charges === undefined && m.charges.length > 0) {
    out.push(issue("BR-CO-12", xmlPath(m, "BT-108"), `Le total des frais de pied de facture (BT-108) est absent alors que la facture a des frais (${fr(charges)}).`));
  } else check("BR-CO-12", "BT-108", t.charges, charges, "Le total des frais (BT-108)", "l'addition des frais de pied de facture");

  const lineNet = amount(t.lineNet);
  if (lineNet) {
    const expected = lineNet.minus(amount(t.allowances) ?? zero).plus(amount(t.charges) ?? zero);
    check("BR-CO-13", "BT-109", t.taxExclusive, expected, "Le total HT (BT-109)", "somme des lignes − remises + frais");
  }
  if (m.vatBreakdown.length > 0) {
    check("BR-CO-14", "BT-110", t.vatTotal, total(m.vatBreakdown.map((b) => b.taxAmount)), "Le total de TVA (BT-110)", "l'addition des TVA par taux (BG-23)");
  }
  const taxExclusive = amount(t.taxExclusive);
  if (taxExclusive) {
    check("BR-CO-15", "BT-112", t.taxInclusive, taxExclusive.plus(amount(t.vatTotal) ?? zero), "Le total TTC (BT-112)", "total HT + TVA");
  }
  const taxInclusive = amount(t.taxInclusive);
  if (taxInclusive) {
    const expected = taxInclusive.minus(amount(t.prepaid) ?? zero).plus(amount(t.rounding) ?? zero);
    check("BR-CO-16", "BT-115", t.payable, expected, "Le montant à payer (BT-115)", "total TTC − acomptes versés + arrondi");
  }
  return out;
}
