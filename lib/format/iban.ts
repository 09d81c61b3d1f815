import { compactIdentifier } from "./identifiers";

// ISO 13616 lengths from the SWIFT IBAN registry, for the SEPA countries a French public buyer's
// suppliers mostly bank in. French overseas departments and Monaco use the French layout.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, VA: 22,
};

// French BBAN: bank code (5 digits), branch (5 digits), account (11 alphanumerics), RIB key (2 digits).
const BBAN_PATTERNS: Readonly<Record<string, RegExp>> = {
  FR: /^\d{10}[A-Z0-9]{11}\d{2}$/,
  MC: /^\d{10}[A-Z0-9]{11}\d{2}$/,
};

function normalize(value: string): string {
  return compactIdentifier(value).toUpperCase();
}

function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    remainder = code >= 65 ? (remainder * 100 + (code - 55)) % 97 : (remainder * 10 + (code - 48)) % 97;
  }
  return remainder;
}

/**
 * ISO 13616: country code, 2 check digits, BBAN; mod 97 of the rearranged number is 1.
 * Lengths are checked for the countries listed above; other countries only get the generic
 * 15–34 range (a non-European supplier may still have an IBAN). Spaces and case are ignored.
 */
export function isValidIban(value: string): boolean {
  const iban = normalize(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const country = iban.slice(0, 2);
  const expectedLength = IBAN_LENGTHS[country];
  if (expectedLength === undefined ? iban.length < 15 || iban.length > 34 : iban.length !== expectedLength) {
    return false;
  }
  const bban = BBAN_PATTERNS[country];
  if (bban && !bban.test(iban.slice(4))) return false;
  return mod97(iban) === 1;
}

/** `FR76 3000 6000 0112 3456 7890 189`: upper case, groups of 4. */
export function formatIban(value: string): string {
  return normalize(value).replace(/(.{4})(?=.)/g, "$1 ");
}
