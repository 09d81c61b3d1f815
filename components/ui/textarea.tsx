"use client";

import { cn } from "@/lib/utils";
import { useFieldControl } from "./field";
import { controlClassName } from "./input";

export type TextareaProps = React.ComponentPropsWithRef<"textarea">;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  const fieldProps = useFieldControl(props);
  return <textarea rows={rows} className={cn(controlClassName, "min-h-20 py-2", className)} {...fieldProps} />;
}
