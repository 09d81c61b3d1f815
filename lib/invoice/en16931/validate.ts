import type { InvoiceIssue } from "../issue";
import type { InvoiceModel } from "../xml/model";
import { checkChorus, type ChorusRuleOptions } from "./rules-chorus";
import { checkCore } from "./rules-core";
import { checkTotals } from "./rules-totals";
import { checkVatBreakdown } from "./rules-vat";

/** The hand-written EN 16931 subset (BR-*, BR-CO-*, BR-x-08/09/10, BR-CL-17/18). */
export function validateEn16931(model: InvoiceModel): InvoiceIssue[] {
  return [...checkCore(model), ...checkTotals(model), ...checkVatBreakdown(model)];
}

/**
 * Both rule sets, kept apart: a valid EN 16931 invoice can still be refused by Chorus Pro (no
 * buyer SIRET, no service code), and the portal shows the two kinds differently.
 */
export function validateInvoiceModel(model: InvoiceModel, options: ChorusRuleOptions = {}): { en16931: InvoiceIssue[]; chorus: InvoiceIssue[] } {
  return { en16931: validateEn16931(model), chorus: checkChorus(model, options) };
}

export { checkChorus as validateChorus, type ChorusRuleOptions };
