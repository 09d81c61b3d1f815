// Does an invoice found in Chorus Pro come from this outbox row? Pure (unit-tested). A number alone
// is not enough: an older invoice may carry it (deleted, refused, or a number reused), and marking
// the row "sent" against it would hide that the new submission never landed.
import Decimal from "decimal.js";

export interface FoundPiece {
  numero?: string;
  /** the recipient's identifier (SIRET…) as the search returns it */
  recipient?: string;
  /** TTC total, a decimal string */
  amount?: string;
  /** "YYYY-MM-DD" */
  dateDepot?: string;
}

export interface SubmittedPiece {
  numero: string;
  /** absent when the submission names none (works pieces may leave it to the MOA) */
  recipient?: string;
  amount: string;
  /** when the row was queued: the write cannot have been deposited before that day */
  since: Date;
}

function sameAmount(a: string, b: string): boolean {
  try { return new Decimal(a).equals(new Decimal(b)); } catch { return false; }
}

/**
 * The UTC day of the row's creation. Chorus Pro stamps dateDepot with its own (Paris) day, which is
 * never earlier than the UTC day of the same instant: a deposit made after the row was queued is
 * never rejected by this bound.
 */
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Every field must be present and equal: a field the search leaves out cannot prove the match. */
export function matchesSubmission(found: FoundPiece, expected: SubmittedPiece): boolean {
  if (found.numero !== expected.numero) return false;
  if (expected.recipient !== undefined && found.recipient?.trim() !== expected.recipient.trim()) return false;
  if (found.amount === undefined || !sameAmount(found.amount, expected.amount)) return false;
  return found.dateDepot !== undefined && found.dateDepot >= dayOf(expected.since);
}
