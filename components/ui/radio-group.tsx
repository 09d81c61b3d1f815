"use client";

import { useId } from "react";
import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { cn } from "@/lib/utils";
import { useFieldGroupControl } from "./field";

/** Radix radio group; inside <Field group> it is named by the legend and described by hint/error. */
export function RadioGroup({ className, ...props }: React.ComponentPropsWithRef<typeof RadioGroupPrimitive.Root>) {
  const fieldProps = useFieldGroupControl(props);
  return <RadioGroupPrimitive.Root className={cn("flex flex-col gap-2", className)} {...fieldProps} />;
}

export function RadioGroupItem({ className, ...props }: React.ComponentPropsWithRef<typeof RadioGroupPrimitive.Item>) {
  return (
    <RadioGroupPrimitive.Item
      className={cn(
        "peer mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border border-input bg-background",
        "data-[state=checked]:border-primary disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    >
      <RadioGroupPrimitive.Indicator className="size-2.5 rounded-full bg-primary" />
    </RadioGroupPrimitive.Item>
  );
}

export interface RadioOptionProps extends Omit<React.ComponentPropsWithRef<typeof RadioGroupPrimitive.Item>, "children"> {
  label: React.ReactNode;
  hint?: React.ReactNode;
}

/** An item with its label (and optional hint) wired together. */
export function RadioOption({ label, hint, id, className, ...props }: RadioOptionProps) {
  const generatedId = useId();
  const itemId = id ?? generatedId;
  const hintId = hint ? `${itemId}-hint` : undefined;
  return (
    <div className={cn("flex items-start gap-2", className)}>
      <RadioGroupItem id={itemId} aria-describedby={hintId} {...props} />
      <div className="flex flex-col gap-0.5 peer-disabled:opacity-50">
        <label htmlFor={itemId} className="text-base text-foreground">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-sm text-muted-foreground">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
