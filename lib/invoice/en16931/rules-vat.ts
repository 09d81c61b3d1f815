import { Dec, round2 } from "../decimal";
import { issue, type InvoiceIssue } from "../issue";
import { xmlPath, type InvoiceModel, type VatBreakdownModel } from "../xml/model";
import { amount, fr, sameRate, total } from "./amounts";

// Rule-id prefix of each VAT category in EN 16931 (K is "IC", L is "IG", M is "IP").
const PREFIX: Record<string, string> = { S: "S", Z: "Z", E: "E", AE: "AE", K: "IC", G: "G", O: "O", L: "IG", M: "IP" };
// Categories whose breakdowns are split per rate; the others have one breakdown and 0 VAT.
const RATED = new Set(["S", "L", "M"]);
// Categories that need an exemption reason (BR-x-10); the rated ones and Z must not carry one.
const EXEMPT = new Set(["E", "AE", "K", "G", "O"]);

/** Whether a line, allowance or charge falls into breakdown `b`. */
function inBreakdown(b: VatBreakdownModel, category: string | undefined, rate: string | undefined): boolean {
  return category !== undefined && category === b.category && (!RATED.has(category) || sameRate(rate, b.rate));
}

/**
 * BR-x-08 (taxable amount per category and rate = lines + charges − allowances), BR-x-09 (VAT
 * amount: rate applied, or 0 for exempt categories) and BR-x-10 (exemption reason) for each
 * VAT category, as the CEN schematron writes them (BR-S-08/09/10, BR-Z-…, BR-AE-…).
 */
export function checkVatBreakdown(m: InvoiceModel): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  m.vatBreakdown.forEach((b, i) => {
    const category = b.category;
    const prefix = category === undefined ? undefined : PREFIX[category];
    if (category === undefined || prefix === undefined) return;
    const path = xmlPath(m, "BG-23", i);
    const label = RATED.has(category) ? `catégorie ${category} à ${fr(b.rate ?? "?")} %` : `catégorie ${category}`;

    const lines = total(m.lines.filter((l) => inBreakdown(b, l.vatCategory, l.vatRate)).map((l) => l.netAmount));
    const charges = total(m.charges.filter((c) => inBreakdown(b, c.vatCategory, c.vatRate)).map((c) => c.amount));
    const allowances = total(m.allowances.filter((a) => inBreakdown(b, a.vatCategory, a.vatRate)).map((a) => a.amount));
    const expectedBase = round2(lines.plus(charges).minus(allowances));
    const base = amount(b.taxableAmount);
    if (base !== null && !base.equals(expectedBase)) {
      out.push(issue(`BR-${prefix}-08`, path, `La base HT de TVA (${label}) vaut ${fr(b.taxableAmount ?? "")} mais les lignes, frais et remises de cette catégorie donnent ${fr(expectedBase)}.`));
    }

    const vat = amount(b.taxAmount);
    const rate = amount(b.rate);
    if (vat !== null && base !== null && RATED.has(category) && rate !== null) {
      const expected = round2(base.abs().times(rate).dividedBy(100));
      // The CEN schematron (v1.3.x) tolerates up to one currency unit here.
      if (vat.abs().minus(expected).abs().greaterThanOrEqualTo(1)) {
        out.push(issue(`BR-${prefix}-09`, path, `La TVA (${label}) vaut ${fr(b.taxAmount ?? "")} mais base × taux donne ${fr(expected)}.`));
      }
    } else if (vat !== null && !RATED.has(category) && !vat.equals(new Dec(0))) {
      out.push(issue(`BR-${prefix}-09`, path, `La TVA de la ${label} (exonération, autoliquidation…) doit être 0, pas ${fr(b.taxAmount ?? "")}.`));
    }

    const hasReason = b.exemptionReason !== undefined || b.exemptionReasonCode !== undefined;
    if (EXEMPT.has(category) && !hasReason) {
      out.push(issue(`BR-${prefix}-10`, path, `La ${label} exige un motif d'exonération (BT-120) ou son code VATEX (BT-121), par exemple « Autoliquidation » / VATEX-EU-AE.`));
    } else if (!EXEMPT.has(category) && hasReason) {
      out.push(issue(`BR-${prefix}-10`, path, `La ${label} ne doit pas porter de motif d'exonération : retirez BT-120/BT-121.`));
    }
  });
  return out;
}
