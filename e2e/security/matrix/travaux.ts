import type { MatrixPart } from "./types";

// Rows of the "travaux" feature: one per server action and per route handler it adds.
export const travauxMatrix: MatrixPart = { actions: {}, routes: {} };
