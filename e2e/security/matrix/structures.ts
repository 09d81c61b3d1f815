import type { MatrixPart } from "./types";

// Rows of the "structures" feature: one per server action and per route handler it adds.
export const structuresMatrix: MatrixPart = { actions: {}, routes: {} };
