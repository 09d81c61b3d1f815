import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "@/lib/utils";

const TONES = {
  info: { className: "border-info bg-info-subtle text-info", Icon: Info },
  success: { className: "border-success bg-success-subtle text-success", Icon: CircleCheck },
  warning: { className: "border-warning bg-warning-subtle text-warning", Icon: TriangleAlert },
  danger: { className: "border-danger bg-danger-subtle text-danger", Icon: CircleAlert },
} as const;

export type AlertTone = keyof typeof TONES;

export interface AlertProps extends Omit<React.ComponentPropsWithRef<"div">, "title" | "role"> {
  tone?: AlertTone;
  title?: React.ReactNode;
  /**
   * "alert" interrupts the screen reader (errors that appear after an action), "status" waits
   * (confirmations), "none" for a message that is simply part of the page on load.
   * Default: "alert" for danger, "status" otherwise.
   */
  live?: "alert" | "status" | "none";
  /** Heading element of the title, to fit the page's outline. */
  titleAs?: "h2" | "h3" | "h4" | "p";
}

export function Alert({ tone = "info", title, live, titleAs: Title = "p", className, children, ...props }: AlertProps) {
  const { className: toneClassName, Icon } = TONES[tone];
  const role = live ?? (tone === "danger" ? "alert" : "status");
  return (
    <div
      role={role === "none" ? undefined : role}
      className={cn("flex gap-3 rounded-md border-s-4 p-4", toneClassName, className)}
      {...props}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="flex min-w-0 flex-col gap-1 text-foreground">
        {title ? <Title className="font-bold">{title}</Title> : null}
        {children ? <div className="text-sm">{children}</div> : null}
      </div>
    </div>
  );
}
