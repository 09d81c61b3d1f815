import { cache } from "react";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale, type Messages } from "./index";
import { messagesFor } from "./messages";

// The cookie wins; otherwise French unless the browser asks for English first.
export const getLocale = cache(async (): Promise<Locale> => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const accept = (await headers()).get("accept-language") ?? "";
  return accept.trim().toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
});

export async function getMessages(): Promise<Messages> {
  return messagesFor(await getLocale());
}
