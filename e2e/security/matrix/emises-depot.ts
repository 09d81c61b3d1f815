import type { MatrixPart } from "./types";

// Rows of the "emises-depot" feature: one per server action and per route handler it adds.
export const emisesDepotMatrix: MatrixPart = { actions: {}, routes: {} };
