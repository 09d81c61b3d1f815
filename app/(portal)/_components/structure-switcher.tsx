"use client";

import { useRef, useState, useTransition } from "react";
import { setActiveStructureAction } from "../shell-actions";

type Option = { id: number; label: string };

// A plain form (works without JavaScript); with JavaScript it submits on change.
export function StructureSwitcher({ options, activeId, label, hint }: { options: Option[]; activeId: number | null; label: string; hint: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      ref={formRef}
      action={(fd) =>
        startTransition(async () => {
          const res = await setActiveStructureAction({ idStructureCPP: fd.get("idStructureCPP") });
          setError(res.ok ? null : res.error.message);
        })
      }
      className="flex items-center gap-2"
    >
      <label htmlFor="structure-switcher" className="text-sm font-medium">
        {label}
      </label>
      <select
        id="structure-switcher"
        name="idStructureCPP"
        defaultValue={activeId ?? undefined}
        title={hint}
        aria-busy={pending}
        onChange={() => formRef.current?.requestSubmit()}
        className="max-w-64 rounded-md border border-border bg-background px-2 py-1 text-sm"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      ) : null}
    </form>
  );
}
