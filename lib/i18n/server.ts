import { cache } from "react";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale, type Messages } from "./index";
import { messagesFor } from "./messages";

// French first: English only when the person chose it (the language button sets the cookie).
export const getLocale = cache(async (): Promise<Locale> => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
});

export async function getMessages(): Promise<Messages> {
  return messagesFor(await getLocale());
}
