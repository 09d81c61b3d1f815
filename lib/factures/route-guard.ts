import "server-only";
import { getCurrentUser, type CurrentUser, type Rattachement } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import type { Role } from "@/lib/auth/roles";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { noteChorusFailure } from "@/lib/admin/technical-accounts";
import { writeAudit, type AuditEntry } from "@/lib/audit";
import { isChorusProError } from "@/lib/chorus-pro";
import { logger } from "@/lib/log";
import type { Failure } from "./http";

export type SpaceRole = "fournisseur" | "gestionnaire" | "valideur";
export type Audit = ((outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => Promise<void>) & {
  /** the structure acted on: upstreamFailure flags its technical account on a 401 */
  readonly idStructureCPP?: number;
};
export type Allowed = { user: CurrentUser; rattachement: Rattachement; ctx: Awaited<ReturnType<typeof chorusContextFor>>; audit: Audit };

type GuardOptions = {
  /** One role, or (a space shared by several parties, like works invoices) any of several. */
  role: SpaceRole | readonly Role[];
  action: string;
  subject: { type: string; id: string } | null;
  /** A check of the request's own input, run before the gateway context is built (no upstream call for a malformed request). */
  precheck?: (audit: Audit) => Promise<Failure | null>;
};

/**
 * What every route of an invoice space does first (a route handler is a public endpoint): the user,
 * the structure asked for (a number), the space's role on it, then the gateway context. Refusals
 * answer JSON 401/403/400 in French and leave an audit line.
 */
export async function guardSpace(structureParam: string | null, { role, action, subject, precheck }: GuardOptions): Promise<Allowed | Failure> {
  const user = await getCurrentUser();
  if (!user) return { status: 401, code: "unauthenticated", message: "Votre session a expiré. Reconnectez-vous pour continuer." };
  const idStructureCPP = structureParam && /^\d{1,15}$/.test(structureParam) ? Number(structureParam) : null;
  const base = { action, accountId: user.id, accountEmail: user.email, idStructureCPP, subjectType: subject?.type ?? null, subjectId: subject?.id ?? null };
  if (idStructureCPP === null) {
    await writeAudit({ ...base, outcome: "denied", detail: { reason: "structure" } });
    return { status: 400, code: "invalid", message: "La structure pour laquelle vous agissez est absente ou invalide." };
  }
  const roles: readonly Role[] = typeof role === "string" ? [role] : role;
  const rattachement = canActOn(user, idStructureCPP, roles);
  if (!rattachement) {
    await writeAudit({ ...base, outcome: "denied", detail: { required: roles } });
    const message = typeof role === "string" ? `Vous n'avez pas les droits de ${role} sur cette structure.` : "Vous n'avez pas les droits nécessaires sur cette structure.";
    return { status: 403, code: "forbidden", message };
  }
  const audit: Audit = Object.assign(
    (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => writeAudit({ ...base, outcome, ...(detail ? { detail } : {}) }),
    { idStructureCPP },
  );
  const refused = precheck ? await precheck(audit) : null;
  if (refused) return refused;
  try {
    return { user, rattachement, ctx: await chorusContextFor(rattachement), audit };
  } catch (err) {
    return upstreamFailure(err, audit);
  }
}

const NOT_FOUND_KINDS = new Set(["business", "not_found", "bad_request"]);

/** An upstream error → the person's message; an unknown invoice reads as "introuvable" (no leak). */
export async function upstreamFailure(err: unknown, audit: Audit, notFoundMessage?: string): Promise<Failure> {
  const userMessage = err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string" ? err.userMessage : null;
  await audit("error", { message: userMessage ?? "unexpected" });
  // A 401 flags the structure's technical account for the administrators (no-op for other errors).
  if (audit.idStructureCPP !== undefined) await noteChorusFailure(audit.idStructureCPP, err);
  if (notFoundMessage && isChorusProError(err) && NOT_FOUND_KINDS.has(err.kind)) return { status: 404, code: "not_found", message: notFoundMessage };
  if (userMessage) return { status: 502, code: "upstream", message: userMessage };
  logger.error({ err }, "download route failed");
  return { status: 500, code: "unexpected", message: "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'administrateur." };
}
