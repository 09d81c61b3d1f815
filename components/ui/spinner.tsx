import { LoaderCircle } from "lucide-react";
import { cn } from "@/lib/utils";

export interface SpinnerProps extends React.HTMLAttributes<HTMLSpanElement> {
  /** Text read by screen readers. */
  srLabel?: string;
  /** Hide from assistive technology when the surrounding element already says it is busy. */
  decorative?: boolean;
  size?: "sm" | "md" | "lg";
}

const SIZES = { sm: "size-4", md: "size-6", lg: "size-10" } as const;

export function Spinner({ srLabel = "Chargement…", decorative = false, size = "md", className, ...props }: SpinnerProps) {
  return (
    <span
      role={decorative ? undefined : "status"}
      aria-hidden={decorative || undefined}
      className={cn("inline-flex items-center", className)}
      {...props}
    >
      <LoaderCircle aria-hidden="true" className={cn("animate-spin motion-reduce:animate-none", SIZES[size])} />
      {decorative ? null : <span className="sr-only">{srLabel}</span>}
    </span>
  );
}
