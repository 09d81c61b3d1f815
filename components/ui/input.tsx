"use client";

import { cn } from "@/lib/utils";
import { useFieldControl } from "./field";

// Shared by input, textarea and native select so that every text control looks the same.
export const controlClassName = cn(
  "w-full rounded-md border border-input bg-background px-3 text-base text-foreground",
  "placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70",
  "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger",
  "read-only:bg-muted",
);

export type InputProps = React.ComponentPropsWithRef<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  const fieldProps = useFieldControl(props);
  return <input type={type} className={cn(controlClassName, "h-10 py-2", className)} {...fieldProps} />;
}
