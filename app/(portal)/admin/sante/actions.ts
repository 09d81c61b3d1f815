"use server";

import { authedAction } from "@/lib/actions/result";
import { AdminInputError } from "@/lib/admin/accounts";
import { retryFailed } from "@/lib/admin/outbox-health";
import { kickWorker } from "@/lib/outbox/worker";
import { retryOutboxSchema } from "@/lib/validations/admin";

/** Puts a failed write of one of the caller's structures back in the queue (only a 'failed' row). */
export const retryOutboxAction = authedAction(
  { action: "admin.sante.relancer", roles: ["admin"], schema: retryOutboxSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "outbox", id: i.id }) },
  async ({ input }) => {
    if (!(await retryFailed(input.id, input.idStructureCPP))) {
      throw new AdminInputError("Cet envoi n'est pas en échec pour cette structure (déjà relancé, envoyé ou inconnu). Actualisez la page.");
    }
    kickWorker();
    return { retried: true };
  },
);
