"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

// Unexpected failures only (Chorus Pro unreachable while reading a report…); refusals are shown
// beside the fields by the actions.
export default function DepotError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="danger" title="Le dépôt n’a pas pu être affiché">Chorus Pro ou le portail n’a pas répondu. Réessayez dans un instant.</Alert>
      <div><Button type="button" onClick={reset}>Réessayer</Button></div>
    </div>
  );
}
