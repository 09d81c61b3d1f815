import { en } from "./en";
import { fr, type Messages } from "./fr";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "lang";
export const DEFAULT_LOCALE: Locale = "fr";

const dictionaries: Record<Locale, Messages> = { fr, en };

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

export type { Messages };
