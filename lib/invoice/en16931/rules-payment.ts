import { formatIban, isValidIban } from "@/lib/format";
import { issue, type InvoiceIssue } from "../issue";
import { xmlPath, type InvoiceModel } from "../xml/model";

const ACCOUNT = { ubl: "cac:PayeeFinancialAccount/cbc:ID", cii: "ram:PayeePartyCreditorFinancialAccount/ram:IBANID" } as const;

/**
 * BT-84: an IBAN whose ISO 13616 check fails. Chorus Pro accepts it (it does not check IBANs), the
 * public buyer's accountant copies it into the payment order, and the bank rejects the transfer
 * weeks later: caught here, before the deposit. A UBL account id counts as an IBAN when it looks
 * like one (2 letters, 2 digits); a CII ProprietaryID is not an IBAN and is left alone.
 */
export function checkPaymentAccounts(m: InvoiceModel): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  m.paymentMeans.forEach((p, index) => {
    const account = p.account?.replace(/\s/g, "").toUpperCase();
    if (!account || p.accountKind === "PROPRIETARY") return;
    if (p.accountKind !== "IBAN" && !/^[A-Z]{2}\d{2}/.test(account)) return;
    if (isValidIban(account)) return;
    const path = xmlPath(m, "BG-16", m.paymentMeans.length > 1 ? index : undefined, m.syntax === "CII" ? ACCOUNT.cii : ACCOUNT.ubl);
    out.push(issue("CPP-IBAN-INVALIDE", path,
      `L'IBAN du compte à créditer ${formatIban(account)} (BT-84) est invalide : sa clé de contrôle ou sa longueur ne correspond pas à la norme ISO 13616. `
      + "Un virement vers cet IBAN serait rejeté par la banque : corrigez-le dans votre logiciel de facturation (et dans vos coordonnées bancaires Chorus Pro) avant de déposer."));
  });
  return out;
}
