// Types shared by every wrapper (no runtime code, no "server-only").

/**
 * Who calls Chorus Pro: the technical account of the structure the signed-in user acts for,
 * resolved by the caller from the session's rattachement. Never a global.
 */
export interface ChorusContext {
  technicalAccount: { login: string; passwordEnc: string };
  idUtilisateurCourant?: number;
}

export interface CallOptions {
  /** per-attempt timeout, default 30 s */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** total time reads may spend retrying */
  retryBudgetMs?: number;
  maxAttempts?: number;
  /** false disables the read retries */
  retry?: boolean;
}

/** A decimal amount as a string ("1234.50"): never a binary float. */
export type DecimalString = string;
/** A calendar date "YYYY-MM-DD". */
export type IsoDate = string;

export interface Pagination { pageCourante: number; pages: number; nbResultatsParPage: number; total: number }
export interface Page<T> { items: T[]; pagination: Pagination }
