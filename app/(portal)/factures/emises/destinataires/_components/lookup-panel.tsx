"use client";

import { usePathname, useRouter } from "next/navigation";
import type { Messages } from "@/lib/i18n";
import { RecipientLookup } from "./recipient-lookup";

/** The lookup page: the search goes in the URL (shareable, survives a reload). */
export function LookupPanel({ structure, t, initialQuery }: { structure: number; t: Messages["saisie"]; initialQuery: string }) {
  const router = useRouter();
  const pathname = usePathname();
  return <RecipientLookup structure={structure} t={t} initialQuery={initialQuery} onSearch={(q) => router.replace(`${pathname}?q=${encodeURIComponent(q)}`, { scroll: false })} />;
}
