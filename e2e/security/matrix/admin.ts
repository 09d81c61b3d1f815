import type { MatrixPart } from "./types";

// Rows of the "admin" feature: one per server action and per route handler it adds.
export const adminMatrix: MatrixPart = { actions: {}, routes: {} };
