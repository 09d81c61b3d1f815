import Link from "next/link";
import { FileQuestion } from "lucide-react";
import { buttonVariants } from "@/components/ui/button-variants";

/**
 * The not-found page of a detail (invoice, works piece, billing file): the same for an id that
 * does not exist and for another structure's, so that nothing leaks. Answered with HTTP 404 because
 * no loading.tsx wraps a detail page (each list's sits in a `(list)` route group beside `[id]`): a
 * Suspense fallback sent first would fix the status at 200 (Next streaming).
 */
export function DetailNotFound({ title, body, back }: { title: string; body: string; back: { href: string; label: string } }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border px-6 py-12 text-center">
      <FileQuestion aria-hidden="true" className="size-10 text-muted-foreground" />
      <h1 className="text-2xl font-bold text-heading">{title}</h1>
      <p className="max-w-prose text-muted-foreground">{body}</p>
      <Link href={back.href} className={buttonVariants({ variant: "secondary" })}>{back.label}</Link>
    </div>
  );
}
