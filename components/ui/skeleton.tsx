import { cn } from "@/lib/utils";

/** A placeholder block; hidden from assistive technology (announce loading with a Spinner or aria-busy). */
export function Skeleton({ className, ...props }: React.ComponentPropsWithRef<"div">) {
  return (
    <div aria-hidden="true" className={cn("rounded-md bg-muted-strong motion-safe:animate-pulse", className)} {...props} />
  );
}
