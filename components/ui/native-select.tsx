"use client";

import { ChevronDown } from "lucide-react";
import { cn } from "@/lib/utils";
import { useFieldControl } from "./field";
import { controlClassName } from "./input";

export type NativeSelectProps = React.ComponentPropsWithRef<"select">;

/** A styled native <select>: no JavaScript popup, best for long forms and many options. */
export function NativeSelect({ className, children, ...props }: NativeSelectProps) {
  const fieldProps = useFieldControl(props);
  return (
    <div className={cn("relative", className)}>
      <select className={cn(controlClassName, "h-10 appearance-none py-2 pe-9")} {...fieldProps}>
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute end-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
