import "server-only";
import { getCurrentUser, type CurrentUser, type Rattachement } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { writeAudit, type AuditEntry } from "@/lib/audit";
import type { ChorusContext } from "@/lib/chorus-pro";
import { upstreamFailure, type Failure } from "@/app/api/factures/emises/_lib/guard";

type Allowed = { user: CurrentUser; rattachement: Rattachement; ctx: ChorusContext; audit: (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => Promise<void> };

export const NOT_FOUND = "Facture introuvable parmi celles que votre structure doit valider.";

/**
 * What every validator route does first (a route handler is a public endpoint): the user, the
 * structure asked for, the valideur role on it, a well-formed invoice id, then the gateway context.
 * Refusals answer JSON 401/403/400/404 in French and leave an audit line.
 */
export async function guardValidator(structureParam: string | null, id: string, action: string): Promise<Allowed | Failure> {
  const user = await getCurrentUser();
  if (!user) return { status: 401, code: "unauthenticated", message: "Votre session a expiré. Reconnectez-vous pour continuer." };
  const idStructureCPP = structureParam && /^\d{1,15}$/.test(structureParam) ? Number(structureParam) : null;
  const base = { action, accountId: user.id, accountEmail: user.email, idStructureCPP, subjectType: "facture", subjectId: id.slice(0, 40) };
  if (idStructureCPP === null) {
    await writeAudit({ ...base, outcome: "denied", detail: { reason: "structure" } });
    return { status: 400, code: "invalid", message: "La structure pour laquelle vous agissez est absente ou invalide." };
  }
  const rattachement = canActOn(user, idStructureCPP, ["valideur"]);
  if (!rattachement) {
    await writeAudit({ ...base, outcome: "denied", detail: { required: ["valideur"] } });
    return { status: 403, code: "forbidden", message: "Vous n'avez pas les droits de valideur sur cette structure." };
  }
  const audit = (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => writeAudit({ ...base, outcome, ...(detail ? { detail } : {}) });
  if (!/^\d{1,15}$/.test(id)) {
    await audit("denied", { reason: "id" });
    return { status: 404, code: "not_found", message: NOT_FOUND };
  }
  try {
    return { user, rattachement, ctx: await chorusContextFor(rattachement), audit };
  } catch (err) {
    return upstreamFailure(err, audit);
  }
}
