"use client";

import { useLinkStatus } from "next/link";
import { Spinner } from "@/components/ui/spinner";

/**
 * A spinner beside a link while the page it opens is on its way. The detail pages have no
 * loading.tsx (they must be able to answer 404), so this is what shows the click was taken.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  return pending ? <Spinner decorative size="sm" className="ms-2 align-middle" /> : null;
}
