import type { MatrixPart } from "./types";

// Rows of the "emises-saisie" feature: one per server action and per route handler it adds.
export const emisesSaisieMatrix: MatrixPart = { actions: {}, routes: {} };
