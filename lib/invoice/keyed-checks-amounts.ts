import { formatAmount } from "@/lib/format";
import { parseDec, type Dec } from "./decimal";
import { issue, type InvoiceIssue } from "./issue";
import type { KeyedInvoice } from "./keyed-invoice";
import type { ChorusTotals } from "./totals";

function differs(entered: Dec, expected: string): boolean {
  return !entered.equals(expected);
}

/**
 * Compares what the supplier typed (or what the OCR of deposer/pdf read) with the totals the
 * portal computes from the lines. Each mismatch names the expected value, so the fix is a copy.
 */
export function checkEnteredTotals(invoice: KeyedInvoice, computed: ChorusTotals): InvoiceIssue[] {
  const issues: InvoiceIssue[] = [];
  const entered = invoice.montantTotal;
  const expected = computed.montantTotal;

  const compare = (field: keyof typeof expected, code: string, what: string) => {
    const text = entered?.[field as keyof NonNullable<typeof entered>];
    if (text === undefined || text === "") return;
    const value = parseDec(text);
    const path = `montantTotal.${field}`;
    if (!value) {
      issues.push(issue("CPP-MONTANT-INVALIDE", path, `Le montant « ${text} » n'est pas un nombre (exemple : 1234.56).`));
    } else if (differs(value, expected[field])) {
      issues.push(
        issue(code, path, `${what} saisi (${formatAmount(text)}) ne correspond pas aux lignes : il devrait être de ${formatAmount(expected[field])}.`),
      );
    }
  };
  // With no document-level HT allowance in soumettre, the total HT is the sum of the line nets.
  compare("montantHtTotal", "BR-CO-10", "Le total HT");
  compare("montantTVA", "BR-CO-14", "Le total de TVA");
  compare("montantTtcTotal", "BR-CO-15", "Le total TTC");
  compare("montantAPayer", "BR-CO-16", "Le montant à payer");

  if (invoice.ligneTva === undefined) return issues;
  const computedByRate = new Map(computed.ligneTva.map((l) => [l.ligneTvaTaux, l]));
  const seen = new Set<string>();
  invoice.ligneTva.forEach((line, i) => {
    const path = `ligneTva[${i}]`;
    const reference = computedByRate.get(line.ligneTvaTaux);
    seen.add(line.ligneTvaTaux);
    if (!reference) {
      issues.push(
        issue("BR-S-08", `${path}.ligneTvaTaux`, `Le taux ${line.ligneTvaTaux} figure dans le récapitulatif de TVA mais sur aucune ligne : supprimez cette ligne de TVA.`),
      );
      return;
    }
    const base = parseDec(line.ligneTvaMontantBaseHtParTaux);
    if (!base || differs(base, reference.ligneTvaMontantBaseHtParTaux)) {
      issues.push(
        issue("BR-S-08", `${path}.ligneTvaMontantBaseHtParTaux`, `La base HT au taux ${line.ligneTvaTaux} devrait être la somme des lignes à ce taux : ${formatAmount(reference.ligneTvaMontantBaseHtParTaux)}.`),
      );
    }
    const vat = parseDec(line.ligneTvaMontantTvaParTaux);
    if (!vat || differs(vat, reference.ligneTvaMontantTvaParTaux)) {
      issues.push(
        issue("BR-S-09", `${path}.ligneTvaMontantTvaParTaux`, `La TVA au taux ${line.ligneTvaTaux} devrait être base × taux arrondi au centime : ${formatAmount(reference.ligneTvaMontantTvaParTaux)}.`),
      );
    }
  });
  computed.ligneTva.forEach((line) => {
    if (!seen.has(line.ligneTvaTaux)) {
      issues.push(
        issue("BR-S-08", "ligneTva", `Il manque la ligne de TVA au taux ${line.ligneTvaTaux} (base ${formatAmount(line.ligneTvaMontantBaseHtParTaux)}, TVA ${formatAmount(line.ligneTvaMontantTvaParTaux)}).`),
      );
    }
  });
  return issues;
}
