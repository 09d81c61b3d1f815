import type { MatrixPart } from "./types";

// Rows of the "recues" feature: one per server action and per route handler it adds.
export const recuesMatrix: MatrixPart = { actions: {}, routes: {} };
