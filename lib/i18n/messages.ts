import { en } from "./en";
import { fr, type Messages } from "./fr";
import type { Locale } from "./index";

const dictionaries: Record<Locale, Messages> = { fr, en };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}
