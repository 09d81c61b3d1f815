import { AlarmClock, CircleAlert, CircleCheck } from "lucide-react";
import { formatDate, type FormatLocale } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { cn } from "@/lib/utils";
import type { PaymentDelay } from "./payment-delay";

const STYLE = { ok: "border-success text-success", warning: "border-warning text-warning", over: "border-danger text-danger" } as const;
const ICON = { ok: CircleCheck, warning: AlarmClock, over: CircleAlert } as const;

/** Days elapsed against the legal period: an icon, a bar and a sentence (never colour alone). */
export function DelayIndicator({ delay, t, locale }: { delay: PaymentDelay | null; t: Messages["recues"]["delay"]; locale: FormatLocale }) {
  if (!delay) return <p className="text-muted-foreground">{t.none}</p>;
  const Icon = ICON[delay.level];
  const sentence = delay.level === "over" ? format(t.over, { over: -delay.remainingDays }) : format(delay.level === "warning" ? t.warning : t.ok, { remaining: delay.remainingDays });
  return (
    <div className={cn("flex flex-col gap-2 rounded-md border-s-4 ps-3", STYLE[delay.level])} data-level={delay.level}>
      <p className="flex items-center gap-2 font-bold"><Icon aria-hidden="true" className="size-5" />{sentence}</p>
      <p className="text-foreground">{format(t.elapsed, { elapsed: delay.elapsedDays, limit: delay.limitDays })} · {format(t.received, { date: formatDate(delay.receivedAt, locale) })}</p>
      <meter min={0} max={delay.limitDays} low={delay.limitDays * 0.8} high={delay.limitDays} optimum={0} value={Math.min(delay.elapsedDays, delay.limitDays)}
        aria-label={format(t.elapsed, { elapsed: delay.elapsedDays, limit: delay.limitDays })} className="h-3 w-full max-w-md" />
    </div>
  );
}
