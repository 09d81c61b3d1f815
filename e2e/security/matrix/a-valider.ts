import type { MatrixPart } from "./types";

// Rows of the "a-valider" feature: one per server action and per route handler it adds.
export const aValiderMatrix: MatrixPart = { actions: {}, routes: {} };
