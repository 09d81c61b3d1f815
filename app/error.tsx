"use client";

import { useEffect } from "react";
// Only the states messages: importing every dictionary would weigh on every page's first load.
import { statesEn } from "@/lib/i18n/states/en";
import { statesFr } from "@/lib/i18n/states/fr";

// Unexpected failures only: expected ones come back as ActionResult errors and are shown in place.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);
  const lang = typeof document !== "undefined" ? document.documentElement.lang : "fr";
  const t = { states: lang === "en" ? statesEn : statesFr };
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
