import { compactIdentifier } from "./identifiers";

/**
 * `FR76 •••• … 0189`: enough to recognise an account (country, check digits, last 4) without
 * showing it whole on a shared screen. Anything too short to be an IBAN is masked entirely.
 */
export function maskIban(value: string): string {
  const iban = compactIdentifier(value).toUpperCase();
  if (iban.length < 12) return "••••";
  return `${iban.slice(0, 4)} •••• … ${iban.slice(-4)}`;
}
