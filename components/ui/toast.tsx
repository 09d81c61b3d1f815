"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from "lucide-react";
import { cn } from "@/lib/utils";

export type ToastTone = "info" | "success" | "warning" | "danger";

export interface ToastOptions {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds before it leaves; null keeps it until dismissed. Default 6000, null for danger. */
  duration?: number | null;
}

interface ToastItem extends Required<Pick<ToastOptions, "title" | "tone">> {
  id: number;
  description: string | undefined;
  duration: number | null;
}

interface ToastContextValue {
  toast: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastContextValue | null>(null);

export function useToast(): ToastContextValue {
  const context = use(ToastContext);
  if (!context) throw new Error("useToast must be used inside <ToastProvider>");
  return context;
}

const TONES = {
  info: { className: "border-s-info", iconClassName: "text-info", Icon: Info },
  success: { className: "border-s-success", iconClassName: "text-success", Icon: CircleCheck },
  warning: { className: "border-s-warning", iconClassName: "text-warning", Icon: TriangleAlert },
  danger: { className: "border-s-danger", iconClassName: "text-danger", Icon: CircleAlert },
} as const;

export interface ToastProviderProps {
  children: React.ReactNode;
  /** Name of the notification region. */
  regionLabel?: string;
  /** Accessible name of each toast's close button. */
  dismissLabel?: string;
}

/**
 * A live-region toaster. The two regions are in the page from the first render, empty, because
 * screen readers only announce changes to a live region they already know: polite (role=status)
 * for information, assertive (role=alert) for errors. Timers pause while the pointer or focus is
 * in the toaster (WCAG 2.2.1), and errors stay until dismissed.
 */
export function ToastProvider({
  children,
  regionLabel = "Notifications",
  dismissLabel = "Fermer la notification",
}: ToastProviderProps) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const [paused, setPaused] = useState(false);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((item) => item.id !== id));
  }, []);

  const toast = useCallback((options: ToastOptions) => {
    nextId.current += 1;
    const id = nextId.current;
    const tone = options.tone ?? "info";
    const duration = options.duration !== undefined ? options.duration : tone === "danger" ? null : 6000;
    setToasts((current) => [...current, { id, title: options.title, description: options.description, tone, duration }]);
    return id;
  }, []);

  const value = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);
  const pauseHandlers = {
    onPointerEnter: () => setPaused(true),
    onPointerLeave: () => setPaused(false),
    onFocus: () => setPaused(true),
    onBlur: (event: React.FocusEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget)) setPaused(false);
    },
  };

  const renderList = (items: ToastItem[]) =>
    items.map((item) => (
      <ToastCard key={item.id} item={item} paused={paused} dismissLabel={dismissLabel} onDismiss={dismiss} />
    ));

  return (
    <ToastContext value={value}>
      {children}
      <section
        aria-label={regionLabel}
        className="pointer-events-none fixed end-0 bottom-0 z-[100] flex w-full max-w-sm flex-col gap-2 p-4"
        {...pauseHandlers}
      >
        <div role="status" aria-live="polite" className="flex flex-col gap-2">
          {renderList(toasts.filter((item) => item.tone !== "danger"))}
        </div>
        <div role="alert" aria-live="assertive" className="flex flex-col gap-2">
          {renderList(toasts.filter((item) => item.tone === "danger"))}
        </div>
      </section>
    </ToastContext>
  );
}

interface ToastCardProps {
  item: ToastItem;
  paused: boolean;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}

function ToastCard({ item, paused, dismissLabel, onDismiss }: ToastCardProps) {
  const remaining = useRef(item.duration);

  useEffect(() => {
    if (paused || remaining.current === null) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => onDismiss(item.id), remaining.current);
    return () => {
      clearTimeout(timer);
      if (remaining.current !== null) remaining.current = Math.max(0, remaining.current - (Date.now() - startedAt));
    };
  }, [paused, item.id, onDismiss]);

  const { className, iconClassName, Icon } = TONES[item.tone];
  return (
    <div
      className={cn(
        "pointer-events-auto flex items-start gap-3 rounded-md border border-s-4 border-border bg-background p-4 shadow-lg",
        "motion-safe:animate-slide-in",
        className,
      )}
    >
      <Icon aria-hidden="true" className={cn("mt-0.5 size-5 shrink-0", iconClassName)} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="font-bold text-foreground">{item.title}</p>
        {item.description ? <p className="text-sm text-muted-foreground">{item.description}</p> : null}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(item.id)}
        className="-m-1 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
      >
        <X aria-hidden="true" className="size-4" />
        <span className="sr-only">{dismissLabel}</span>
      </button>
    </div>
  );
}
