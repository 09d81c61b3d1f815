import { cn } from "@/lib/utils";

export interface EmptyStateProps extends Omit<React.ComponentPropsWithRef<"div">, "title"> {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Decorative icon (rendered aria-hidden). */
  icon?: React.ReactNode;
  /** A call to action: a Button or a link. */
  action?: React.ReactNode;
  titleAs?: "h2" | "h3" | "p";
}

export function EmptyState({ title, description, icon, action, titleAs: Title = "h2", className, ...props }: EmptyStateProps) {
  return (
    <div
      className={cn("flex flex-col items-center gap-3 rounded-lg border border-dashed border-border px-6 py-12 text-center", className)}
      {...props}
    >
      {icon ? (
        <div aria-hidden="true" className="text-muted-foreground [&_svg]:size-10">
          {icon}
        </div>
      ) : null}
      <Title className="text-lg font-bold text-heading">{title}</Title>
      {description ? <div className="max-w-prose text-base text-muted-foreground">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
