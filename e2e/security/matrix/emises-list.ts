import type { MatrixPart } from "./types";

// Rows of the "emises-list" feature: one per server action and per route handler it adds.
export const emisesListMatrix: MatrixPart = { actions: {}, routes: {} };
