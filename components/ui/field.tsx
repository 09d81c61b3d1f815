"use client";

import { createContext, use, useId } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "@/lib/utils";

interface FieldContextValue {
  controlId: string;
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  group: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

export function useFieldContext(): FieldContextValue | null {
  return use(FieldContext);
}

interface ControlAria {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  "aria-required"?: React.AriaAttributes["aria-required"];
}

function joinIds(...ids: (string | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

/**
 * Wires a single control (input, textarea, select trigger, checkbox) to the enclosing <Field>:
 * its id for the label, aria-describedby to the error and hint, aria-invalid, aria-required.
 * Props the caller sets explicitly win. Outside a Field, or in a group Field, props pass through.
 */
export function useFieldControl<P extends ControlAria>(props: P): P {
  const field = use(FieldContext);
  if (!field || field.group) return props;
  return {
    ...props,
    id: props.id ?? field.controlId,
    "aria-describedby": joinIds(field.describedBy, props["aria-describedby"]),
    "aria-invalid": props["aria-invalid"] ?? (field.invalid || undefined),
    "aria-required": props["aria-required"] ?? (field.required || undefined),
  };
}

/** Same for a composite control that stands for the whole group (radio group). */
export function useFieldGroupControl<P extends ControlAria & { "aria-labelledby"?: string }>(props: P): P {
  const field = use(FieldContext);
  if (!field) return props;
  return {
    ...props,
    "aria-labelledby": props["aria-labelledby"] ?? field.labelId,
    "aria-describedby": joinIds(field.describedBy, props["aria-describedby"]),
    "aria-invalid": props["aria-invalid"] ?? (field.invalid || undefined),
    "aria-required": props["aria-required"] ?? (field.required || undefined),
  };
}

export interface FieldProps {
  label: React.ReactNode;
  /** Help shown under the label, announced with the control. */
  hint?: React.ReactNode;
  /** Validation message(s), e.g. zod's `fieldErrors[name]`; any message marks the control invalid. */
  error?: string | readonly string[] | null;
  required?: boolean;
  /** Visible required marker, hidden from screen readers (they get aria-required). */
  requiredMarker?: React.ReactNode;
  /** Control id; generated when absent. */
  id?: string;
  /** "inline" puts the control before its label (single checkbox, switch). */
  layout?: "stacked" | "inline";
  /** Renders a fieldset + legend for a set of controls (radio group, checkboxes). */
  group?: boolean;
  className?: string;
  children: React.ReactNode;
}

export function Field({
  label,
  hint,
  error,
  required = false,
  requiredMarker = "*",
  id,
  layout = "stacked",
  group = false,
  className,
  children,
}: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? `${generatedId}-control`;
  const labelId = `${generatedId}-label`;
  const hintId = hint ? `${generatedId}-hint` : undefined;
  const messages = error == null ? [] : typeof error === "string" ? [error] : error.filter(Boolean);
  const errorId = messages.length > 0 ? `${generatedId}-error` : undefined;
  const describedBy = joinIds(errorId, hintId);
  const context: FieldContextValue = {
    controlId,
    labelId,
    describedBy,
    invalid: messages.length > 0,
    required,
    group,
  };

  const labelContent = (
    <>
      {label}
      {required ? (
        <span aria-hidden="true" className="ms-0.5 text-danger">
          {requiredMarker}
        </span>
      ) : null}
    </>
  );
  const hintNode = hint ? (
    <p id={hintId} className="text-sm text-muted-foreground">
      {hint}
    </p>
  ) : null;
  const errorNode = errorId ? (
    <div id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div>
        {messages.map((message, index) => (
          <p key={`${index}-${message}`}>{message}</p>
        ))}
      </div>
    </div>
  ) : null;

  if (group) {
    return (
      <FieldContext value={context}>
        <fieldset aria-describedby={describedBy} className={cn("flex min-w-0 flex-col gap-2", className)}>
          <legend id={labelId} className="mb-1 text-sm font-medium text-foreground">
            {labelContent}
          </legend>
          {hintNode}
          {children}
          {errorNode}
        </fieldset>
      </FieldContext>
    );
  }

  const labelNode = (
    <label id={labelId} htmlFor={controlId} className="text-sm font-medium text-foreground">
      {labelContent}
    </label>
  );

  return (
    <FieldContext value={context}>
      <div className={cn("flex flex-col gap-1.5", className)} data-invalid={context.invalid || undefined}>
        {layout === "inline" ? (
          <div className="flex items-start gap-2">
            {children}
            <div className="flex flex-col gap-0.5">
              {labelNode}
              {hintNode}
            </div>
          </div>
        ) : (
          <>
            {labelNode}
            {hintNode}
            {children}
          </>
        )}
        {errorNode}
      </div>
    </FieldContext>
  );
}
