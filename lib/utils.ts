import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. Deliberately without tailwind-merge (≈ 9 KB gzip on every page, against a
 * 150 KB first-load budget): primitives take extra classes that add to theirs, they do not
 * override conflicting utilities.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
