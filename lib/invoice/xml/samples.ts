import { readFileSync } from "node:fs";
import path from "node:path";

// Third-party samples stay in the shared reference folder, read at test time (SOURCES.md).
export const SAMPLES_DIR = path.resolve(process.cwd(), "../shared/reference/invoice-samples");

export function readSample(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SAMPLES_DIR, relative)));
}
