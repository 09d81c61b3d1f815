import { cn } from "@/lib/utils";

export function Card({ className, ...props }: React.ComponentPropsWithRef<"div">) {
  return (
    <div className={cn("flex flex-col rounded-lg border border-border bg-background text-foreground", className)} {...props} />
  );
}

export function CardHeader({ className, ...props }: React.ComponentPropsWithRef<"div">) {
  return <div className={cn("flex flex-col gap-1 p-5 pb-0", className)} {...props} />;
}

type HeadingLevel = "h2" | "h3" | "h4";

export function CardTitle({
  className,
  as: Heading = "h2",
  ...props
}: React.ComponentPropsWithRef<"h2"> & { as?: HeadingLevel }) {
  return <Heading className={cn("text-lg font-bold text-heading", className)} {...props} />;
}

export function CardDescription({ className, ...props }: React.ComponentPropsWithRef<"p">) {
  return <p className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

export function CardContent({ className, ...props }: React.ComponentPropsWithRef<"div">) {
  return <div className={cn("p-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: React.ComponentPropsWithRef<"div">) {
  return <div className={cn("flex items-center gap-2 border-t border-border px-5 py-3", className)} {...props} />;
}
