// Plain-French reading of the cryptic rejection texts of deposit reports (consulterCRDetaille).
// Pure; the raw text is always kept next to the explanation.
import { REJECTION_PATH_HINTS } from "./inferred";

export interface DecodedRejection {
  /** the text as Chorus Pro wrote it */
  raw: string;
  /** French explanation, or undefined when no rule recognises the text */
  explication?: string;
  /** the portal field to correct, when known */
  champ?: string;
  /** line/position of XSD errors ("ligne: 150 - position: 60") */
  ligne?: number;
}

export function decodeRejection(raw: string): DecodedRejection {
  const hint = REJECTION_PATH_HINTS.find((h) => h.pattern.test(raw));
  const ligne = /ligne\s*:?\s*(\d+)/i.exec(raw)?.[1];
  return {
    raw,
    explication: hint?.explanation,
    champ: hint?.field,
    ligne: ligne ? Number(ligne) : undefined,
  };
}
