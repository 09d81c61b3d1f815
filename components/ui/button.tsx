"use client";

import { Slot } from "radix-ui";
import { cn } from "@/lib/utils";
import { buttonVariants, type ButtonVariantProps } from "./button-variants";
import { Spinner } from "./spinner";

export { buttonVariants, type ButtonVariantProps } from "./button-variants";

export interface ButtonProps extends React.ComponentPropsWithRef<"button">, ButtonVariantProps {
  /** Render the single child (a link…) with the button's look and behaviour. */
  asChild?: boolean;
  /** Shows a spinner, sets aria-busy and blocks clicks; the label stays so the button keeps its name. */
  loading?: boolean;
}

export function Button({
  className,
  variant,
  size,
  asChild = false,
  loading = false,
  disabled,
  type,
  onClick,
  children,
  ...props
}: ButtonProps) {
  const blocked = disabled || loading;
  const classes = cn(buttonVariants({ variant, size }), className);
  const spinner = loading ? <Spinner decorative size="sm" /> : null;

  if (asChild) {
    // A link or other child cannot be disabled natively: say so, take it out of the tab order
    // and swallow activation.
    return (
      <Slot.Root
        {...props}
        className={classes}
        aria-busy={loading || undefined}
        aria-disabled={blocked || undefined}
        tabIndex={blocked ? -1 : props.tabIndex}
        onClick={blocked ? (event: React.MouseEvent<HTMLButtonElement>) => event.preventDefault() : onClick}
      >
        {spinner}
        <Slot.Slottable>{children}</Slot.Slottable>
      </Slot.Root>
    );
  }

  return (
    <button
      {...props}
      type={type ?? "button"}
      className={classes}
      aria-busy={loading || undefined}
      disabled={blocked}
      onClick={onClick}
    >
      {spinner}
      {children}
    </button>
  );
}
