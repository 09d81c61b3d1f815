// The review queue's keyboard map, pure so that it is unit-tested: which key does what, and when a
// key must be left alone (a person typing in a field, a modifier held, a dialog handling it).

export type Command = "next" | "previous" | "validate" | "refuse" | "cancel" | "help";

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "file", "range", "color", "image"]);

/** True when the key is meant for a field: text inputs, textareas, selects, editable content. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
  return false;
}

const KEYS: Record<string, Command> = {
  j: "next", J: "next", ArrowRight: "next",
  k: "previous", K: "previous", ArrowLeft: "previous",
  v: "validate", V: "validate",
  r: "refuse", R: "refuse",
  Escape: "cancel",
  "?": "help",
};

/** The command of a key press, or null when the key is not a shortcut here. */
export function commandFor(event: KeyLike, target: TargetLike | null | undefined): Command | null {
  // Ctrl/Cmd/Alt combinations belong to the browser and assistive technologies.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const command = KEYS[event.key] ?? null;
  if (command === null) return null;
  // While typing, only Escape (leave the form) is taken; letters and arrows go to the field.
  if (isTypingTarget(target)) return command === "cancel" ? "cancel" : null;
  return command;
}

/** The next index in the queue for a move, clamped to its ends (no wrap: the end is announced). */
export function step(index: number, total: number, command: "next" | "previous"): number {
  if (total <= 0) return 0;
  const next = command === "next" ? index + 1 : index - 1;
  return Math.min(total - 1, Math.max(0, next));
}

/** The shortcuts listed in the help dialog, in the order shown. */
export const SHORTCUTS: { keys: string[]; command: Command }[] = [
  { keys: ["J", "→"], command: "next" },
  { keys: ["K", "←"], command: "previous" },
  { keys: ["V"], command: "validate" },
  { keys: ["R"], command: "refuse" },
  { keys: ["Échap"], command: "cancel" },
  { keys: ["?"], command: "help" },
];
