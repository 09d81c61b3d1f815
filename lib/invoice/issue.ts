/**
 * One problem found in an invoice. `code` is the EN 16931 rule id (BR-CO-10…) or a `CPP-…` id for
 * Chorus Pro rules; `path` names the form field (keyed-in invoices) or the XML element (uploaded
 * flux); `message` is French a supplier can act on.
 */
export type InvoiceIssue = {
  code: string;
  path: string;
  message: string;
};

export function issue(code: string, path: string, message: string): InvoiceIssue {
  return { code, path, message };
}
