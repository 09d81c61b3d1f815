import { cva, type VariantProps } from "class-variance-authority";

// Kept outside button.tsx (a client module) so that server components, links and Radix
// Action/Cancel parts can take the button look without rendering <Button>.
export const buttonVariants = cva(
  [
    "inline-flex items-center justify-center gap-2 whitespace-nowrap font-medium",
    "rounded-md border border-transparent transition-colors select-none",
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    "[&_svg]:pointer-events-none [&_svg]:shrink-0",
  ],
  {
    variants: {
      variant: {
        primary: "bg-primary text-primary-foreground hover:bg-primary-hover active:bg-primary-active",
        secondary: "border-primary bg-background text-primary hover:bg-muted active:bg-muted-strong",
        ghost: "bg-transparent text-primary hover:bg-muted active:bg-muted-strong",
        danger: "bg-danger text-white hover:bg-danger-hover active:bg-danger-hover",
        link: "h-auto border-0 bg-transparent p-0 text-primary underline underline-offset-4 hover:no-underline",
      },
      size: {
        sm: "h-8 px-3 text-sm [&_svg]:size-4",
        md: "h-10 px-4 text-base [&_svg]:size-4",
        lg: "h-12 px-6 text-lg [&_svg]:size-5",
        icon: "size-10 p-0 [&_svg]:size-5",
      },
    },
    compoundVariants: [{ variant: "link", className: "h-auto px-0" }],
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonVariantProps = VariantProps<typeof buttonVariants>;
