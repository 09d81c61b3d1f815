"use client";

import { useId } from "react";
import { Progress as ProgressPrimitive } from "radix-ui";
import { cn } from "@/lib/utils";

export interface ProgressProps extends Omit<React.ComponentPropsWithRef<typeof ProgressPrimitive.Root>, "value" | "max"> {
  /** Visible label, also the progress bar's accessible name. */
  label: React.ReactNode;
  /** null: indeterminate. */
  value: number | null;
  max?: number;
  /** Visible and announced value, e.g. "3 fichiers sur 10"; defaults to a percentage. */
  valueText?: string;
}

export function Progress({ label, value, max = 100, valueText, className, ...props }: ProgressProps) {
  const labelId = useId();
  const percent = value === null || max <= 0 ? null : Math.min(100, Math.max(0, (value / max) * 100));
  // French typography puts a no-break space before "%".
  const text = valueText ?? (percent === null ? undefined : `${Math.round(percent)}\u00a0%`);
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-4 text-sm">
        <span id={labelId} className="font-medium text-foreground">
          {label}
        </span>
        {text ? <span className="text-muted-foreground tabular-nums">{text}</span> : null}
      </div>
      <ProgressPrimitive.Root
        aria-labelledby={labelId}
        value={value}
        max={max}
        getValueLabel={text ? () => text : undefined}
        className="relative h-2 w-full overflow-hidden rounded-full bg-muted-strong"
        {...props}
      >
        <ProgressPrimitive.Indicator
          className={cn(
            "h-full bg-primary transition-transform",
            percent === null && "w-1/3 motion-safe:animate-pulse",
          )}
          style={percent === null ? undefined : { transform: `translateX(-${100 - percent}%)` }}
        />
      </ProgressPrimitive.Root>
    </div>
  );
}
