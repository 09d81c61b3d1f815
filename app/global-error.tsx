"use client";

// Last resort when the root layout itself fails: no dictionary available, so both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
        <main>
          <h1>Service momentanément indisponible</h1>
          <p>Le portail n&apos;a pas pu afficher cette page. Vos données ne sont pas perdues ; réessayez dans quelques minutes.</p>
          <p lang="en">The portal could not display this page. Your data is safe; try again in a few minutes.</p>
          <button type="button" onClick={() => reset()}>
            Réessayer / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
