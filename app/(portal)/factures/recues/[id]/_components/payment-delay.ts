// The legal payment period (délai global de paiement) as the recipient sees it on an invoice.
// Pure: the page passes the history and "now"; the component only renders the result.
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";

/** 30 days for the State and local authorities; public hospitals have 50 (configurable per structure). */
export const DEFAULT_DELAY_DAYS = 30;
export const HOSPITAL_DELAY_DAYS = 50;
/** From this share of the period on, the indicator warns. */
export const WARNING_RATIO = 0.8;

const DAY_MS = 86_400_000;

export type DelayLevel = "ok" | "warning" | "over";
export interface PaymentDelay {
  receivedAt: Date;
  elapsedDays: number;
  limitDays: number;
  remainingDays: number;
  level: DelayLevel;
}

// Once paid (or rejected), the clock no longer matters to the recipient.
const STOPPED: ReadonlySet<StatutFacture> = new Set(["MISE_EN_PAIEMENT", "REJETEE"]);

/**
 * The delay starts at the FIRST MISE_A_DISPOSITION (Pastell: « départ du DGP »); null when the
 * invoice never reached the recipient or its processing is over.
 */
export function paymentDelay(
  statuts: readonly { histoStatutCode?: StatutFacture | undefined; histoStatutDatePassage?: Date | undefined }[],
  current: StatutFacture | undefined,
  limitDays: number,
  now: Date,
): PaymentDelay | null {
  if (current && STOPPED.has(current)) return null;
  const times = statuts
    .filter((s) => s.histoStatutCode === "MISE_A_DISPOSITION" && s.histoStatutDatePassage)
    .map((s) => s.histoStatutDatePassage!.getTime());
  if (times.length === 0) return null;
  const receivedAt = new Date(Math.min(...times));
  const elapsedDays = Math.max(0, Math.floor((now.getTime() - receivedAt.getTime()) / DAY_MS));
  const level: DelayLevel = elapsedDays > limitDays ? "over" : elapsedDays >= limitDays * WARNING_RATIO ? "warning" : "ok";
  return { receivedAt, elapsedDays, limitDays, remainingDays: limitDays - elapsedDays, level };
}
