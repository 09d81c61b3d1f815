// The access-control matrix: every server action of the portal, with the roles that may call it
// on a structure and how to build its argument for a given structure. The matrix spec fails when
// an action exists in the build but not here, so this table grows with every feature.

export type Role = "fournisseur" | "valideur" | "gestionnaire" | "moe" | "moa" | "admin";

type StructuredRow = {
  /** roles that may call it on a structure they are attached to */
  roles: Role[];
  build: (idStructureCPP: number) => unknown;
};
type ExemptRow = { exempt: string };
export type MatrixRow = StructuredRow | ExemptRow;

export const ACCESS_MATRIX: Record<string, MatrixRow> = {
  "app/(auth)/login/actions.ts#signInAction": { exempt: "sign-in: public by nature, throttled per account and address" },
  "app/(auth)/login/actions.ts#oidcSignInAction": { exempt: "sign-in: public by nature" },
  "app/(auth)/login/demo-accounts.tsx#$$RSC_SERVER_ACTION_0": { exempt: "demo sign-in (sandbox only): public by nature" },
  "app/(portal)/shell-actions.ts#setLocaleAction": { exempt: "sets the caller's own language cookie" },
  "app/(portal)/shell-actions.ts#signOutAction": { exempt: "ends the caller's own session" },
  "app/(portal)/shell-actions.ts#setActiveStructureAction": {
    roles: ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin"],
    build: (id) => ({ idStructureCPP: id }),
  },
};

export function isExempt(row: MatrixRow): row is ExemptRow {
  return "exempt" in row;
}
