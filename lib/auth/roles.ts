// Pure tables: which portal role opens which space. Used by navigation (what to show) and by
// guards (what to allow); the guards are the authority, navigation only mirrors them.

export const ROLES = ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const SPACES = ["emises", "travaux", "recues", "a-valider", "structures", "admin"] as const;
export type Space = (typeof SPACES)[number];

export const SPACE_ROLES: Record<Space, readonly Role[]> = {
  emises: ["fournisseur"],
  // Works files involve the supplier (and subcontractor), the MOE, the MOA and the recipient.
  travaux: ["fournisseur", "moe", "moa", "gestionnaire"],
  recues: ["gestionnaire"],
  "a-valider": ["valideur"],
  // Everyone attached to a structure may consult it; changes need its admin (checked per action).
  structures: ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin"],
  admin: ["admin"],
};

export const SPACE_PATHS: Record<Space, string> = {
  emises: "/factures/emises",
  travaux: "/factures/travaux",
  recues: "/factures/recues",
  "a-valider": "/factures/a-valider",
  structures: "/structures",
  admin: "/admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function rolesAllowSpace(roles: readonly Role[], space: Space): boolean {
  return SPACE_ROLES[space].some((r) => roles.includes(r));
}

export function spacesForRoles(roles: readonly Role[]): Space[] {
  return SPACES.filter((s) => rolesAllowSpace(roles, s));
}
