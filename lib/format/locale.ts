/** Locales the portal speaks. French first; English uses British conventions (27/11/2026). */
export type FormatLocale = "fr" | "en";

const INTL_LOCALES: Record<FormatLocale, string> = { fr: "fr-FR", en: "en-GB" };

export function intlLocale(locale: FormatLocale): string {
  return INTL_LOCALES[locale];
}

/**
 * Dates are shown in Paris time whatever the server's or the browser's zone, so that the
 * server render and the hydrated client agree and a deposit at 23:30 UTC shows the French day.
 */
export const DEFAULT_TIME_ZONE = "Europe/Paris";
