import { Skeleton } from "@/components/ui/skeleton";
import { getMessages } from "@/lib/i18n/server";

// The list's shape while Chorus Pro answers: header, filters, then 20 placeholder rows.
export default async function Loading() {
  const t = await getMessages();
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">{t.states.loading}</span>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-32 w-full" />
      <div className="flex flex-col gap-2">
        {Array.from({ length: 20 }, (_, i) => <Skeleton key={i} className="h-10 w-full" />)}
      </div>
    </div>
  );
}
