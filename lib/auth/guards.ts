import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser, type Rattachement } from "@/lib/auth/current-user";
import { SPACE_ROLES, rolesAllowSpace, type Role, type Space } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit";

export const STRUCTURE_COOKIE = "structure";

// --- Decisions (pure; also used by server actions and route handlers) -----------------------

export function canActOn(user: CurrentUser, idStructureCPP: number, roles: readonly Role[]): Rattachement | null {
  const r = user.rattachements.find((x) => x.idStructureCPP === idStructureCPP);
  if (!r) return null;
  return r.roles.some((role) => roles.includes(role)) ? r : null;
}

export function structuresForSpace(user: CurrentUser, space: Space): Rattachement[] {
  return user.rattachements.filter((r) => rolesAllowSpace(r.roles, space));
}

// --- Page guards: redirect to sign-in, or answer 403 with an audit line ----------------------

async function currentPath(): Promise<string> {
  const h = await headers();
  return h.get("x-pathname") ?? "/";
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(await currentPath())}`);
  return user;
}

export async function requireSpace(space: Space): Promise<{ user: CurrentUser; structures: Rattachement[]; active: Rattachement }> {
  const user = await requireUser();
  const structures = structuresForSpace(user, space);
  const wanted = Number((await cookies()).get(STRUCTURE_COOKIE)?.value);
  const active = structures.find((s) => s.idStructureCPP === wanted) ?? structures[0];
  if (!active) {
    await writeAudit({
      action: `page.${space}`,
      outcome: "denied",
      accountId: user.id,
      accountEmail: user.email,
      detail: { reason: "role", required: SPACE_ROLES[space] },
    });
    forbidden();
  }
  return { user, structures, active };
}

export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!user.roles.includes(role)) {
    await writeAudit({ action: `page.role.${role}`, outcome: "denied", accountId: user.id, accountEmail: user.email });
    forbidden();
  }
  return user;
}
