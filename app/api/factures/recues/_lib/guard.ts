import "server-only";
import { getCurrentUser, type CurrentUser, type Rattachement } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { writeAudit, type AuditEntry } from "@/lib/audit";
import type { ChorusContext } from "@/lib/chorus-pro";
import { upstreamFailure, type Failure } from "@/app/api/factures/emises/_lib/guard";

export { fileResponse, isFailure, jsonError, sniff, upstreamFailure, type Failure } from "@/app/api/factures/emises/_lib/guard";

type Allowed = { user: CurrentUser; rattachement: Rattachement; ctx: ChorusContext & { technicalAccountId: string }; audit: (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => Promise<void> };

/**
 * What every route of the recipient space does first: the user, the structure asked for, the
 * gestionnaire role on it, then the gateway context. Refusals answer JSON 401/403/400 in French.
 */
export async function guardGestionnaire(structureParam: string | null, action: string, subject: { type: string; id: string } | null): Promise<Allowed | Failure> {
  const user = await getCurrentUser();
  if (!user) return { status: 401, code: "unauthenticated", message: "Votre session a expiré. Reconnectez-vous pour continuer." };
  const idStructureCPP = structureParam && /^\d{1,15}$/.test(structureParam) ? Number(structureParam) : null;
  const base = { action, accountId: user.id, accountEmail: user.email, idStructureCPP, subjectType: subject?.type ?? null, subjectId: subject?.id ?? null };
  if (idStructureCPP === null) {
    await writeAudit({ ...base, outcome: "denied", detail: { reason: "structure" } });
    return { status: 400, code: "invalid", message: "La structure pour laquelle vous agissez est absente ou invalide." };
  }
  const rattachement = canActOn(user, idStructureCPP, ["gestionnaire"]);
  if (!rattachement) {
    await writeAudit({ ...base, outcome: "denied", detail: { required: ["gestionnaire"] } });
    return { status: 403, code: "forbidden", message: "Vous n'avez pas les droits de gestionnaire sur cette structure." };
  }
  const audit = (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => writeAudit({ ...base, outcome, ...(detail ? { detail } : {}) });
  try {
    return { user, rattachement, ctx: await chorusContextFor(rattachement), audit };
  } catch (err) {
    return upstreamFailure(err, audit);
  }
}
