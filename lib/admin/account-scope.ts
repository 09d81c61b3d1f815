import "server-only";
// Account-wide actions (disable, enable, new password) change what the person can do on EVERY
// structure it is attached to. An admin of A alone could otherwise reset the password of someone
// also attached to B, sign in as them and act on B. They need `admin` on all of the account's
// structures; rattachement-level actions stay per structure (authedAction's own check).
import type { z } from "zod";
import { fail, type ActionResult } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { AdminInputError, structuresOutside } from "./accounts";

export const administeredBy = (user: CurrentUser): number[] =>
  user.rattachements.filter((r) => r.roles.includes("admin")).map((r) => r.idStructureCPP);

export function outsideMessage(designations: string[]): string {
  return `Ce compte est aussi rattaché à des structures que vous n'administrez pas : ${designations.join(", ")}. `
    + "Le désactiver, le réactiver ou changer son mot de passe agirait aussi sur elles : seul un administrateur de toutes ses structures peut le faire.";
}

/** Throws (French message) unless `user` administers every structure the account is attached to. */
export async function assertAdministersAll(user: CurrentUser, accountId: string): Promise<void> {
  const outside = await structuresOutside(accountId, administeredBy(user));
  if (outside.length) throw new AdminInputError(outsideMessage(outside.map((s) => s.designationStructure)));
}

type Target = { idStructureCPP: number; accountId: string };

/**
 * Wraps an authedAction so that a caller who passes its checks (signed in, valid input, admin of
 * the structure named) but does not administer all of the target's structures is refused like a
 * role refusal: code "forbidden", one audit line "denied", nothing changed. The handler inside
 * checks again with assertAdministersAll (a rattachement added in between).
 */
export function accountWide<S extends z.ZodType<Target>, T>(action: string, schema: S, inner: (raw: unknown) => Promise<ActionResult<T>>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const [user, parsed] = [await getCurrentUser(), schema.safeParse(raw)];
    if (!user || !parsed.success || !canActOn(user, parsed.data.idStructureCPP, ["admin"])) return inner(raw);
    const { idStructureCPP, accountId } = parsed.data;
    const outside = await structuresOutside(accountId, administeredBy(user));
    if (!outside.length) return inner(raw);
    await writeAudit({
      action, outcome: "denied", accountId: user.id, accountEmail: user.email, idStructureCPP, subjectType: "account", subjectId: accountId,
      detail: { reason: "account attached to structures the caller does not administer", structures: outside.map((s) => s.idStructureCPP) },
    });
    return fail("forbidden", outsideMessage(outside.map((s) => s.designationStructure)));
  };
}
