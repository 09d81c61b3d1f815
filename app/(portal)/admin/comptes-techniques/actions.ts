"use server";

import { authedAction } from "@/lib/actions/result";
import { encryptSecret } from "@/lib/crypto";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { noteChorusFailure, recordCheck, saveTechnicalAccount } from "@/lib/admin/technical-accounts";
import { referentiel } from "@/lib/chorus-pro/referentiel";
import { structureOnlySchema, technicalAccountSchema } from "@/lib/validations/admin";

// The password goes straight to encryption: it is never returned, logged nor written to the
// audit line (authedAction records the action, the structure and the outcome only).
export const saveTechnicalAccountAction = authedAction(
  { action: "admin.compteTechnique.enregistrer", roles: ["admin"], schema: technicalAccountSchema, structureOf: (i) => i.idStructureCPP },
  async ({ rattachement, input }) => {
    // Tried before it is stored: a mistyped password never replaces a working technical account.
    const ctx = { technicalAccount: { login: input.login, passwordEnc: encryptSecret(input.password) } };
    const f = await referentiel.ficheStructure(ctx, { idStructureCPP: rattachement.idStructureCPP, identifiant: rattachement.identifiantStructure });
    await saveTechnicalAccount(input.idStructureCPP, input.login, input.password);
    await recordCheck(input.idStructureCPP, true, f.dateExpirationMotPasseCompteTech);
    return { saved: true };
  },
);

/** A harmless read (structures consulter) that also brings the password expiry date. */
export const testTechnicalAccountAction = authedAction(
  { action: "admin.compteTechnique.tester", roles: ["admin"], schema: structureOnlySchema, structureOf: (i) => i.idStructureCPP },
  async ({ rattachement }) => {
    const ctx = await chorusContextFor(rattachement);
    try {
      const f = await referentiel.ficheStructure(ctx, { idStructureCPP: rattachement.idStructureCPP, identifiant: rattachement.identifiantStructure });
      await recordCheck(rattachement.idStructureCPP, true, f.dateExpirationMotPasseCompteTech);
      return { date: f.dateExpirationMotPasseCompteTech ?? "—" };
    } catch (err) {
      await recordCheck(rattachement.idStructureCPP, false);
      await noteChorusFailure(rattachement.idStructureCPP, err);
      throw err;
    }
  },
);
