import { cn } from "@/lib/utils";

export function Kbd({ className, ...props }: React.ComponentPropsWithRef<"kbd">) {
  return (
    <kbd
      className={cn(
        "inline-flex min-w-6 items-center justify-center rounded-sm border border-border border-b-2 bg-muted px-1.5 font-mono text-sm text-foreground",
        className,
      )}
      {...props}
    />
  );
}
