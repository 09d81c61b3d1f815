// The access-control matrix: every server action and route handler of the portal, with the roles
// that may call it on a structure. The matrix spec fails when the build has an action or a route
// that is not listed, so this table grows with every feature (one file per feature in matrix/).
import { aValiderMatrix } from "./matrix/a-valider";
import { adminMatrix } from "./matrix/admin";
import { emisesDepotMatrix } from "./matrix/emises-depot";
import { emisesListMatrix } from "./matrix/emises-list";
import { emisesSaisieMatrix } from "./matrix/emises-saisie";
import { recuesMatrix } from "./matrix/recues";
import { shellMatrix } from "./matrix/shell";
import { structuresMatrix } from "./matrix/structures";
import { travauxMatrix } from "./matrix/travaux";
import type { ActionRow, RouteRow } from "./matrix/types";

export type { Role } from "./matrix/types";

const parts = [shellMatrix, emisesListMatrix, emisesSaisieMatrix, emisesDepotMatrix, recuesMatrix, aValiderMatrix, travauxMatrix, structuresMatrix, adminMatrix];

export const ACCESS_MATRIX: Record<string, ActionRow> = Object.assign({}, ...parts.map((p) => p.actions));
export const ROUTE_MATRIX: Record<string, RouteRow[]> = Object.assign({}, ...parts.map((p) => p.routes));

export function isExempt<T extends object>(row: T | { exempt: string }): row is { exempt: string } {
  return "exempt" in row;
}
