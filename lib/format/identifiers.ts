// Whitespace people type or paste inside identifiers ("123 456 789", Intl's narrow spaces).
const SPACES = /[\s\u00a0\u202f]/g;

function compact(value: string): string {
  return value.replace(SPACES, "");
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const char of digits) sum += char.charCodeAt(0) - 48;
  return sum;
}

const LA_POSTE_SIREN = "356000000";
const LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

/** `123 456 789`; anything that is not 9 digits comes back unchanged. */
export function formatSiren(value: string): string {
  const digits = compact(value);
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

/** `123 456 789 00012` (SIREN then NIC); anything that is not 14 digits comes back unchanged. */
export function formatSiret(value: string): string {
  const digits = compact(value);
  return /^\d{14}$/.test(digits) ? `${formatSiren(digits.slice(0, 9))} ${digits.slice(9)}` : value;
}

/** 9 digits with a valid Luhn key. Spaces are ignored. */
export function isValidSiren(value: string): boolean {
  const digits = compact(value);
  return /^\d{9}$/.test(digits) && luhn(digits);
}

/**
 * 14 digits with a valid Luhn key. Spaces are ignored.
 * La Poste's establishments (SIREN 356000000) are numbered outside the Luhn rule: INSEE checks
 * instead that the sum of the 14 digits is a multiple of 5. Its head office keeps a Luhn key.
 */
export function isValidSiret(value: string): boolean {
  const digits = compact(value);
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== LA_POSTE_HEAD_OFFICE_SIRET) {
    return digitSum(digits) % 5 === 0;
  }
  return luhn(digits);
}

/**
 * French intra-community VAT number: "FR" + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97))
 * mod 97. Spaces and case are ignored. The SIREN's own Luhn key is not required, as VIES does.
 */
export function isValidFrenchVat(value: string): boolean {
  const match = /^FR(\d{2})(\d{9})$/.exec(compact(value).toUpperCase());
  if (!match) return false;
  const [, key, siren] = match;
  const expected = (12 + 3 * (Number(siren) % 97)) % 97;
  return Number(key) === expected;
}

export { compact as compactIdentifier };
