"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogHeader, AlertDialogTitle, AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n";
import { deleteDraftAction } from "../actions";
import { fill } from "./fill";

export function DeleteDraftButton({ structure, draftId, name, t }: { structure: number; draftId: string; name: string; t: Messages["saisie"] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const res = await deleteDraftAction({ idStructureCPP: structure, draftId });
    if (!res.ok) { setError(res.error.message); return; }
    const url = new URL(window.location.href);
    // Deleting the draft on screen leaves an empty form.
    if (url.searchParams.get("brouillon") === draftId) window.location.href = new URL("/factures/emises/nouvelle", window.location.origin).href;
    else router.refresh();
  };
  return (
    <>
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button type="button" size="sm" variant="ghost" aria-label={`${t.delete} : ${name}`}>{t.delete}</Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t.deleteConfirm}</AlertDialogTitle>
            <AlertDialogDescription>{fill(t.deleteConfirmText, { name })}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t.cancel}</AlertDialogCancel>
            <AlertDialogAction onClick={() => void remove()}>{t.delete}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
      {error ? <span role="alert" className="text-sm text-danger">{error}</span> : null}
    </>
  );
}
