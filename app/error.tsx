"use client";

import { useEffect } from "react";
import { messagesFor, isLocale } from "@/lib/i18n";

// Unexpected failures only: expected ones come back as ActionResult errors and are shown in place.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);
  const lang = typeof document !== "undefined" ? document.documentElement.lang : "fr";
  const t = messagesFor(isLocale(lang) ? lang : "fr");
  return (
    <main id="contenu" className="mx-auto flex min-h-[50vh] max-w-xl flex-col justify-center gap-4 p-8">
      <h1 className="text-2xl font-bold">{t.states.errorTitle}</h1>
      <p>{t.states.errorBody}</p>
      {error.digest ? <p className="text-sm text-muted-foreground">Réf. {error.digest}</p> : null}
      <div>
        <button type="button" onClick={() => reset()} className="rounded-md bg-primary px-4 py-2 font-medium text-primary-foreground">
          {t.states.retry}
        </button>
      </div>
    </main>
  );
}
