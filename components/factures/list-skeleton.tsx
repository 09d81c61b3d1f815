import { Skeleton } from "@/components/ui/skeleton";

/** An invoice list's shape while Chorus Pro answers: header, filters, then a page of rows. */
export function ListSkeleton({ label, rows = 20 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-32 w-full" />
      <div className="flex flex-col gap-2">
        {Array.from({ length: rows }, (_, i) => <Skeleton key={i} className="h-10 w-full" />)}
      </div>
    </div>
  );
}

/** A section of a detail page still on its way (streamed after the invoice itself). */
export function SectionSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
