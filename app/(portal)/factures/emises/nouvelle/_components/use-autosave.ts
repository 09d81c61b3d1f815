"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SaisieFacture } from "@/lib/validations/saisie-facture";
import { saveDraftAction } from "../actions";

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; message: string };

const DEBOUNCE_MS = 800;

/**
 * Saves the form as a draft while the supplier types (debounced) and on demand (blur, before
 * sending). Saves run one after the other so that the first one's new draft id is reused.
 */
export function useAutosave(structure: number, initialDraftId: string | null, form: SaisieFacture, enabled: boolean, dirty: boolean) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const draftId = useRef<string | null>(initialDraftId);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(form);
  const savedJson = useRef<string | null>(dirty ? null : JSON.stringify(form));
  useEffect(() => {
    latest.current = form;
  }, [form]);

  const save = useCallback((): Promise<string | null> => {
    const run = async () => {
      const data = latest.current;
      const json = JSON.stringify(data);
      if (json === savedJson.current && draftId.current) return draftId.current;
      setState({ kind: "saving" });
      const res = await saveDraftAction({ idStructureCPP: structure, draftId: draftId.current, data });
      if (!res.ok) { setState({ kind: "error", message: res.error.message }); return draftId.current; }
      draftId.current = res.data.draftId;
      savedJson.current = json;
      setState({ kind: "saved", at: res.data.savedAt });
      // The URL names the draft, so a reload reopens it.
      const url = new URL(window.location.href);
      if (url.searchParams.get("brouillon") !== res.data.draftId) {
        url.searchParams.delete("depuis");
        url.searchParams.set("brouillon", res.data.draftId);
        window.history.replaceState(window.history.state, "", url);
      }
      return draftId.current;
    };
    const next = chain.current.then(run, run);
    chain.current = next;
    return next;
  }, [structure]);

  useEffect(() => {
    if (!enabled) return;
    if (JSON.stringify(form) === savedJson.current) return;
    const timer = setTimeout(() => void save(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [form, enabled, save]);

  return { state, save, draftId };
}
