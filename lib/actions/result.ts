import type { z } from "zod";
import { noteChorusFailure } from "@/lib/admin/technical-accounts";
import { getCurrentUser, type CurrentUser, type Rattachement } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import type { Role } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit";
import { logger } from "@/lib/log";

export type ActionErrorCode = "unauthenticated" | "forbidden" | "invalid" | "upstream" | "unexpected";
export type ActionError = { code: ActionErrorCode; message: string; fieldErrors?: Record<string, string[]> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export function fail(code: ActionErrorCode, message: string, fieldErrors?: Record<string, string[]>): { ok: false; error: ActionError } {
  return { ok: false, error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// Errors that carry a message meant for the person (the gateway's ChorusProError does).
function userMessageOf(err: unknown): string | null {
  if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return err.userMessage;
  return null;
}

type Context<I> = { user: CurrentUser; rattachement: Rattachement; input: I };

/**
 * Every server action goes through here: user → zod → role on the structure acted on → handler
 * → audit line. Nothing relies on the page having checked first.
 */
export function authedAction<S extends z.ZodType, T>(
  opts: {
    action: string;
    roles: readonly Role[];
    schema: S;
    structureOf: (input: z.infer<S>) => number;
    subjectOf?: (input: z.infer<S>) => { type: string; id: string } | null;
    /**
     * false for frequent actions that change nothing in Chorus Pro (draft autosave, status
     * polling): their successes are not audited; refusals and errors always are.
     */
    auditSuccess?: boolean;
  },
  handler: (ctx: Context<z.infer<S>>) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const user = await getCurrentUser();
    if (!user) return fail("unauthenticated", "Votre session a expiré. Reconnectez-vous pour continuer.");
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) {
      return fail("invalid", "Certains champs sont à corriger.", fieldErrorsOf(parsed.error));
    }
    const input = parsed.data as z.infer<S>;
    const idStructureCPP = opts.structureOf(input);
    const subject = opts.subjectOf?.(input) ?? null;
    const base = {
      action: opts.action,
      accountId: user.id,
      accountEmail: user.email,
      idStructureCPP,
      subjectType: subject?.type ?? null,
      subjectId: subject?.id ?? null,
    };
    const rattachement = canActOn(user, idStructureCPP, opts.roles);
    if (!rattachement) {
      await writeAudit({ ...base, outcome: "denied", detail: { required: opts.roles } });
      return fail("forbidden", "Vous n'avez pas les droits nécessaires sur cette structure pour cette action.");
    }
    try {
      const data = await handler({ user, rattachement, input });
      if (opts.auditSuccess !== false) await writeAudit({ ...base, outcome: "success" });
      return { ok: true, data };
    } catch (err) {
      const message = userMessageOf(err);
      await writeAudit({ ...base, outcome: "error", detail: { message: message ?? "unexpected" } });
      // A 401 flags the structure's technical account for the administrators (no-op for other errors).
      await noteChorusFailure(idStructureCPP, err);
      // An error naming the field it is about (e.g. an e-mail already used) shows beside that field.
      const field = err && typeof err === "object" && "field" in err && typeof err.field === "string" ? err.field : undefined;
      if (message) return fail(field ? "invalid" : "upstream", message, field ? { [field]: [message] } : undefined);
      logger.error({ err, action: opts.action }, "server action failed");
      return fail("unexpected", "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'administrateur.");
    }
  };
}
