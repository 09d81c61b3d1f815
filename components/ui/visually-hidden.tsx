import { VisuallyHidden as VisuallyHiddenPrimitive } from "radix-ui";

/** Text for screen readers only (Tailwind's `sr-only` class does the same inside class lists). */
export function VisuallyHidden(props: React.ComponentPropsWithRef<typeof VisuallyHiddenPrimitive.Root>) {
  return <VisuallyHiddenPrimitive.Root {...props} />;
}
